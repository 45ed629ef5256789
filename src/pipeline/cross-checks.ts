import type { ArticleFrontMatter } from '../schema/article.ts';
import { countOrderProblems, type CountInput } from '../schema/count.ts';
import { spanBetween } from '../schema/date.ts';
import type { ClaimRecord, FigureRecord, IncidentRecord, SourceRecord } from '../model/records.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Loaded } from './load-content.ts';
import { problemAt } from './locate.ts';
import type { IncidentDraft } from './normalise.ts';
import type { Problem } from './problem.ts';

/** References between records that only the whole corpus can check, and the suspicious-data warnings. */
export function crossChecks(input: {
  articles: readonly Loaded<ArticleFrontMatter>[];
  drafts: readonly IncidentDraft[];
  incidents: readonly IncidentRecord[];
  figures: readonly FigureRecord[];
  figureClaims: readonly ClaimRecord[];
  sources: readonly SourceRecord[];
}): Problem[] {
  const problems: Problem[] = [];
  const incidentIds = new Set(input.incidents.map((i) => i.id));
  const figureIds = new Set(input.figures.map((f) => f.id));
  const sources = new Map(input.sources.map((s) => [s.id, s]));

  for (const d of input.drafts) {
    const target = d.record.same_victims_as;
    if (target !== null && !incidentIds.has(target)) {
      problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'same_victims_as'], 'error', {
        message: `unknown incident "${target}"`,
        expected: 'the id of an incident in this or another article',
        found: `"${target}"`,
        hint: didYouMean(target, incidentIds) ?? 'add that incident first, or remove same_victims_as',
      }));
    } else if (target === d.record.id) {
      problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'same_victims_as'], 'error', {
        message: 'an incident cannot share its victims with itself',
        expected: 'the id of another incident',
        found: `"${target}"`,
        hint: null,
      }));
    }
    const source = sources.get(d.article.data.id)!;
    if (d.record.date.start > source.published.end) {
      problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'date'], 'warning', {
        message: 'the incident is dated after its source was published',
        expected: `a date on or before ${source.published.end}`,
        found: `${d.record.date.start}`,
        hint: 'check the incident date and the source\'s published date',
      }));
    }
    const covers = d.article.data.source.covers;
    if (covers) {
      const period = spanBetween(covers.start, covers.end);
      if (d.record.date.end < period.start || d.record.date.start > period.end) {
        problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'date'], 'warning', {
          message: 'the incident is dated outside the period its source covers',
          expected: `a date within ${period.start} – ${period.end} (source.covers)`,
          found: d.record.date.start === d.record.date.end ? d.record.date.start : `${d.record.date.start} – ${d.record.date.end}`,
          hint: 'check the incident date and source.covers; a report may mention an older incident, in which case leave it',
        }));
      }
    }
  }

  for (const a of input.articles) {
    for (const [i, c] of (a.data.claims ?? []).entries()) {
      for (const [j, id] of c.about_figures.entries()) {
        if (!figureIds.has(id)) {
          problems.push(problemAt(a.parsed, ['claims', i, 'about_figures', j], 'error', {
            message: `unknown figure "${id}"`,
            expected: 'the id of a figure in this or another article',
            found: `"${id}"`,
            hint: didYouMean(id, figureIds) ?? null,
          }));
        }
      }
    }
    // Best estimates outside their own range: possible in a messy source, so a warning.
    const checkCount = (c: CountInput | undefined, path: (string | number)[]) => {
      if (!c) return;
      for (const p of countOrderProblems(c)) {
        problems.push(problemAt(a.parsed, [...path, p.path], 'warning', { message: p.message, expected: 'low ≤ best ≤ high', found: p.message, hint: 'check the numbers against the source' }));
      }
    };
    for (const [i, f] of (a.data.figures ?? []).entries()) checkCount(f.count, ['figures', i, 'count']);
    for (const [i, inc] of (a.data.incidents ?? []).entries())
      for (const [k, cl] of inc.claims.entries())
        for (const [harm, c] of Object.entries(cl.counts ?? {})) checkCount(c, ['incidents', i, 'claims', k, 'counts', harm]);
  }

  return problems;
}
