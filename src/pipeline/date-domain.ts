import type { z } from 'zod';
import type { ArticleFrontMatter } from '../schema/article.ts';
import { IsoDay, isPartialDate, PartialDate, partialDateSpan } from '../schema/date.ts';
import { QUARTER_PATTERN, QuarterId, spanOrderProblem } from '../schema/span.ts';
import type { ParsedFile } from './front-matter.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';
import { quarterSpan } from './quarters.ts';

/**
 * The date rules that need "today" or more than one field: no date after the build, `added ≤
 * updated`, a source published no later than the article that summarises it, and spans whose
 * end is another field (source.covers, a period "until publication") in order. Field-level rules
 * (real dates, the era's floor, start ≤ end) live in src/schema/date.ts and span.ts.
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

type AnySchema = z.core.$ZodType;
type Found = { path: PropertyKey[]; value: string; kind: 'date' | 'quarter' };

/**
 * Every date and quarter in a parsed value, found by walking the schema beside it: any field
 * typed PartialDate, IsoDay or QuarterId, wherever it sits, so a date field added later is
 * covered without a change here. `path` is one array pushed and popped on the way down (copied
 * only for a date found): this runs over every field of every article.
 */
export function datesIn(schema: AnySchema, value: unknown, path: PropertyKey[] = [], out: Found[] = []): Found[] {
  if (schema === (PartialDate as AnySchema) || schema === (IsoDay as AnySchema)) {
    // Only values that are dates: a union may offer a date beside a word (`end: publication`).
    if (typeof value === 'string' && isPartialDate(value)) out.push({ path: [...path], value, kind: 'date' });
    return out;
  }
  if (schema === (QuarterId as AnySchema)) {
    if (typeof value === 'string' && QUARTER_PATTERN.test(value)) out.push({ path: [...path], value, kind: 'quarter' });
    return out;
  }
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return datesIn(def.innerType as AnySchema, value, path, out);
    case 'pipe':
      datesIn(def.in as AnySchema, value, path, out);
      return out;
    case 'union':
      // A value matches one option; dates found through any option are dates (de-duplicated).
      for (const o of def.options as AnySchema[]) {
        const before = out.length;
        datesIn(o, value, path, out);
        if (out.length > before) break;
      }
      return out;
    case 'array':
      if (Array.isArray(value)) value.forEach((v, i) => below(path, i, () => datesIn(def.element as AnySchema, v, path, out)));
      return out;
    case 'record':
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) below(path, k, () => datesIn(def.valueType as AnySchema, v, path, out));
      return out;
    case 'object':
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const shape = def.shape as Record<string, AnySchema>;
        for (const [k, s] of Object.entries(shape)) if (k in value) below(path, k, () => datesIn(s, (value as Record<string, unknown>)[k], path, out));
      }
      return out;
    default:
      return out;
  }
}

/** Runs `walk` with `key` pushed on `path`, then pops it. */
function below(path: PropertyKey[], key: PropertyKey, walk: () => unknown): void {
  path.push(key);
  walk();
  path.pop();
}

const SOURCE_HINT = 'a source cannot report what has not happened yet: check the year and month against the source';
const HINTS: Record<string, string> = {
  added: 'added is the day the article was first put on this site: check the year and month',
  updated: 'updated is the day the article was last changed: check the year and month',
  accessed: 'accessed is the day you read the page at source.url: check the year and month',
};

/** Problems with the dates of one article, given the schema it was parsed with and the build day. */
export function articleDateProblems(parsed: ParsedFile, schema: AnySchema, a: ArticleFrontMatter, today: string): Problem[] {
  const out: Problem[] = [];
  for (const d of datesIn(schema, a)) {
    const first = d.kind === 'quarter' ? quarterSpan(d.value).start : partialDateSpan(d.value).start;
    if (first <= today) continue;
    const last = String(d.path.at(-1));
    out.push(problemAt(parsed, d.path, 'error', {
      message: `the ${d.kind} is after today (${today})`,
      expected: `a ${d.kind} on or before ${today}, the day of the build`,
      found: d.value,
      hint: HINTS[last] ?? SOURCE_HINT,
    }));
  }

  if (a.updated !== undefined && a.updated < a.added) {
    out.push(problemAt(parsed, ['updated'], 'error', {
      message: `the article is updated (${a.updated}) before it was added (${a.added})`,
      expected: `a date on or after added (${a.added})`,
      found: a.updated,
      hint: 'check both dates; if the article has not changed since it was added, remove updated',
    }));
  }
  const published = partialDateSpan(a.source.published);
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
  }
  for (const [i, figure] of (a.figures ?? []).entries()) {
    const period = figure.period as { start?: string; end?: string };
    if (period.end === 'publication' && typeof period.start === 'string' && partialDateSpan(period.start).start > published.end) {
      out.push(problemAt(parsed, ['figures', i, 'period', 'start'], 'error', {
        message: `the period starts (${period.start}) after the source was published (${a.source.published}), which is its end`,
        expected: `a start on or before ${a.source.published} (end: publication)`,
        found: period.start,
        hint: 'check the start against the source, and source.published',
      }));
    }
  }
  return out;
}
