import type { ArticleFrontMatter } from '../schema/article.ts';
import { isPartialDate, partialDateSpan } from '../schema/date.ts';
import { spanOrderProblem } from '../schema/span.ts';
import type { ParsedFile } from './front-matter.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';
import { quarterSpan } from './quarters.ts';

/**
 * The date rules that need "today" or more than one field: no date after the build, `added ≤
 * updated ≤ today`, a source published no later than the article that summarises it, and spans
 * whose end is another field (source.covers, a period "until publication") in order. Field-level
 * rules (real dates, the era's floor, start ≤ end) live in src/schema/date.ts and span.ts.
 */

/**
 * The day of the build, `YYYY-MM-DD` in UTC: from SOURCE_DATE_EPOCH (seconds, the reproducible-
 * builds convention) when it is set, else the clock. Tests set it and never read the real date.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return now().toISOString().slice(0, 10);
}

type Path = readonly PropertyKey[];

export function articleDateProblems(parsed: ParsedFile, a: ArticleFrontMatter, today: string): Problem[] {
  const out: Problem[] = [];
  const future = (path: Path, value: string, what: string, hint: string) =>
    out.push(problemAt(parsed, path, 'error', {
      message: `${what} is after today (${today})`,
      expected: `a date on or before ${today}, the day of the build`,
      found: value,
      hint,
    }));
  const SOURCE_HINT = 'a source cannot report what has not happened yet: check the year and month against the source';
  /** A partial date, or { start, end }, none of whose parts may begin after today. */
  const notAfterToday = (path: Path, value: unknown, what: string) => {
    if (typeof value === 'string') {
      if (isPartialDate(value) && partialDateSpan(value).start > today) future(path, value, what, SOURCE_HINT);
      return;
    }
    if (value && typeof value === 'object') {
      for (const key of ['start', 'end'] as const) {
        const v = (value as Record<string, unknown>)[key];
        if (typeof v === 'string' && isPartialDate(v) && partialDateSpan(v).start > today) future([...path, key], v, `the ${key} of ${what}`, SOURCE_HINT);
      }
    }
  };

  if (a.added > today) future(['added'], a.added, 'the date the article was added', 'added is the day the article was first put on this site: check the year and month');
  if (a.updated !== undefined) {
    if (a.updated > today) future(['updated'], a.updated, 'the date the article was updated', 'updated is the day the article was last changed: check the year and month');
    if (a.updated < a.added) {
      out.push(problemAt(parsed, ['updated'], 'error', {
        message: `the article is updated (${a.updated}) before it was added (${a.added})`,
        expected: `a date on or after added (${a.added})`,
        found: a.updated,
        hint: 'check both dates; if the article has not changed since it was added, remove updated',
      }));
    }
  }

  const published = partialDateSpan(a.source.published);
  notAfterToday(['source', 'published'], a.source.published, "the source's publication date");
  if (published.start > a.added) {
    out.push(problemAt(parsed, ['source', 'published'], 'error', {
      message: `the source is published (${a.source.published}) after the article summarising it was added (${a.added})`,
      expected: `a publication date on or before ${a.added}`,
      found: a.source.published,
      hint: 'an article can only summarise a report already published: check both dates',
    }));
  }
  const covers = a.source.covers;
  if (covers) {
    const order = spanOrderProblem(covers.start, covers.end);
    if (order) out.push(problemAt(parsed, ['source', 'covers'], 'error', order));
    notAfterToday(['source', 'covers'], covers, 'the period the source covers');
  }

  for (const [i, incident] of (a.incidents ?? []).entries()) {
    notAfterToday(['incidents', i, 'date'], incident.date, 'the incident date');
    for (const [j, claim] of incident.claims.entries()) {
      if (claim.date !== undefined) notAfterToday(['incidents', i, 'claims', j, 'date'], claim.date, 'the claim date');
    }
  }
  for (const [i, claim] of (a.claims ?? []).entries()) {
    if (claim.date !== undefined) notAfterToday(['claims', i, 'date'], claim.date, 'the claim date');
  }
  for (const [i, event] of (a.events ?? []).entries()) notAfterToday(['events', i, 'date'], event.date, 'the event date');

  for (const [i, figure] of (a.figures ?? []).entries()) {
    const period = figure.period;
    if ('quarter' in period) {
      if (quarterSpan(period.quarter).start > today) future(['figures', i, 'period', 'quarter'], period.quarter, 'the quarter', SOURCE_HINT);
      continue;
    }
    notAfterToday(['figures', i, 'period', 'start'], period.start, 'the start of the period');
    if (period.end === 'publication') {
      if (partialDateSpan(period.start).start > published.end) {
        out.push(problemAt(parsed, ['figures', i, 'period', 'start'], 'error', {
          message: `the period starts (${period.start}) after the source was published (${a.source.published}), which is its end`,
          expected: `a start on or before ${a.source.published} (end: publication)`,
          found: period.start,
          hint: 'check the start against the source, and source.published',
        }));
      }
    } else {
      notAfterToday(['figures', i, 'period', 'end'], period.end, 'the end of the period');
    }
  }
  return out;
}
