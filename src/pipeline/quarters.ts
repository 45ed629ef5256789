import { utcDay, utcMonth } from 'd3-time';
import { QUARTER_PATTERN } from '../schema/span.ts';

/** Calendar quarters, computed with d3-time in UTC so no time zone can move a date across a boundary. */
const quarterInterval = utcMonth.every(3)!;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Tens of thousands of figures share a few hundred dates: remember each answer (pure functions).
const quarterOfCache = new Map<string, string>();
const quarterSpanCache = new Map<string, { start: string; end: string }>();

export function quarterOf(iso: string): string {
  let q = quarterOfCache.get(iso);
  if (q === undefined) {
    const d = quarterInterval.floor(toDate(iso));
    q = `${d.getUTCFullYear()}-Q${d.getUTCMonth() / 3 + 1}`;
    quarterOfCache.set(iso, q);
  }
  return q;
}

/** First and last day of a quarter id such as 2021-Q2. */
export function quarterSpan(id: string): { start: string; end: string } {
  const hit = quarterSpanCache.get(id);
  if (hit) return { ...hit };
  const m = QUARTER_PATTERN.exec(id);
  if (!m) throw new Error(`not a quarter: ${id}`);
  const start = new Date(Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1));
  const next = quarterInterval.offset(start, 1);
  const span = { start: toIso(start), end: toIso(utcDay.offset(next, -1)) };
  quarterSpanCache.set(id, span);
  return { ...span };
}

/** The quarter a span is, if it is exactly one calendar quarter; else null (it is a period). */
export function exactQuarter(start: string, end: string): string | null {
  const q = quarterOf(start);
  const span = quarterSpan(q);
  return span.start === start && span.end === end ? q : null;
}

export function previousQuarter(id: string): string {
  const { start } = quarterSpan(id);
  return quarterOf(toIso(quarterInterval.offset(toDate(start), -1)));
}

/** Every quarter from `first` to `last`, inclusive, in order. */
export function quarterRange(first: string, last: string): string[] {
  const start = toDate(quarterSpan(first).start);
  const stop = utcDay.offset(toDate(quarterSpan(last).start), 1);
  return quarterInterval.range(start, stop).map((d) => quarterOf(toIso(d)));
}
