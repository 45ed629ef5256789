import type { ArticleFrontMatter } from '../schema/article.ts';
import type { ClaimRecord, DenialRecord, FigureRecord, IncidentRecord } from '../model/records.ts';
import { checkStatementIds } from './denial-statements.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Loaded } from './load-content.ts';
import { problemAt } from './locate.ts';
import type { Normalised } from './normalise.ts';
import type { Problem } from './problem.ts';

/**
 * Resolves every denial's scope and writes it onto each record it covers, so a denial travels
 * with the record everywhere it is shown:
 * - a denial claim on an incident covers the incident, or only the claims it names (`about_claims`);
 * - a denial with `about_figures` covers those figures and what is derived from them;
 * - a report-wide denial covers every figure and incident claim of that report that names one of
 *   the denied actors or categories.
 * An incident any denial covers is `denied`; otherwise `contested` if a party counter-claims.
 * Mutates the records in place (they are this build's own copies).
 */
export function applyDenials(input: {
  incidents: IncidentRecord[];
  figures: FigureRecord[];
  figureClaims: readonly ClaimRecord[];
  reportDenials: Normalised['reportDenials'];
  articles: readonly Loaded<ArticleFrontMatter>[];
}): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(input.articles.map((a) => [a.data.id, a]));
  const add = (list: DenialRecord[], d: DenialRecord) => {
    if (!list.includes(d)) list.push(d);
  };

  for (const inc of input.incidents) {
    for (const c of inc.claims) {
      if (c.kind !== 'denial') continue;
      const denial = denialOf(c, c.about_claims.length ? 'claim' : 'incident');
      const ids = new Set(inc.claims.map((x) => x.id));
      for (const [j, id] of c.about_claims.entries()) {
        if (ids.has(id)) continue;
        const a = articles.get(c.source_id)!;
        const index = (a.data.incidents ?? []).findIndex((x) => x.id === inc.id);
        const k = (a.data.incidents?.[index]?.claims ?? []).findIndex((x) => x.id === c.id || (x.kind === 'denial' && x.about_claims?.includes(id)));
        problems.push(problemAt(a.parsed, ['incidents', index, 'claims', k, 'about_claims', j], 'error', {
          message: `incident "${inc.id}" has no claim "${id}"`,
          expected: 'the id of a claim of this incident (give the claim an `id:` first)',
          found: `"${id}"`,
          hint: didYouMean(id, ids) ?? 'add `id: <name>` to the claim being denied, in whichever article records it',
        }));
      }
      add(inc.denials, denial);
      for (const target of inc.claims) {
        if (target.kind === 'denial') continue;
        if (c.about_claims.length === 0 || c.about_claims.includes(target.id)) add(target.denied_by, denial);
      }
    }
  }

  const figures = new Map(input.figures.map((f) => [f.id, f]));
  for (const c of input.figureClaims) {
    if (c.kind !== 'denial') continue;
    const denial = denialOf(c, 'figure');
    for (const f of input.figures) {
      // What is derived from a denied figure (the quarter before, implied by its change) is denied too.
      if (c.figure_ids.includes(f.id) || (f.derived && f.perpetrator_id === figures.get(f.derived_from[0]!)?.perpetrator_id && c.figure_ids.includes(f.derived_from[0]!))) add(f.denials, denial);
    }
  }

  problems.push(...checkStatementIds(input.reportDenials));
  const reports = new Set([...input.figures.map((f) => f.report_id), ...input.incidents.flatMap((i) => i.claims.map((c) => c.report_id))]);
  for (const { record: d, article, index } of input.reportDenials) {
    if (!reports.has(d.report_id!)) {
      problems.push(problemAt(article.parsed, ['denials', index, 'report'], 'error', {
        message: `no article relays a report "${d.report_id}"`,
        expected: 'the `source.report` id of the articles relaying the denied report (or such an article\'s id)',
        found: `"${d.report_id}"`,
        hint: didYouMean(d.report_id!, reports) ?? 'add `report: <id>` to the source of each article relaying that report, then use the same id here',
      }));
      continue;
    }
    const covered = (actorIds: readonly string[], categories: readonly string[]) => d.against.some((x) => actorIds.includes(x) || categories.includes(x));
    for (const f of input.figures) {
      if (f.report_id === d.report_id && covered(f.actor_ids, [f.perpetrator_category])) add(f.denials, d);
    }
    for (const inc of input.incidents) {
      for (const c of inc.claims) {
        if (c.report_id !== d.report_id || c.kind !== 'report') continue;
        if (!covered(c.attributions.map((a) => a.actor_id), c.attributions.map((a) => a.category))) continue;
        add(c.denied_by, d);
        add(inc.denials, d);
      }
    }
  }

  for (const inc of input.incidents) {
    if (inc.denials.length) inc.status = 'denied';
  }
  return problems;
}

function denialOf(c: ClaimRecord, scope: DenialRecord['scope']): DenialRecord {
  return { by: c.by, by_actor: c.by_actor, date: c.date, source_id: c.source_id, scope, report_id: null, against: [], statement: c.statement, statement_id: null };
}
