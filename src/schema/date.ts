import { z } from 'zod';

/**
 * Dates are `YYYY-MM-DD` strings end to end: never `Date` objects, which carry a time zone and
 * shift a day when printed in another one. A source often gives less than a day ("in April",
 * "in 2024"), so editors write a *partial* date and its form says its precision.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/**
 * The earliest date any field may hold. The conflict this site records began in January 2012
 * (the rebellion in the north, then the coup of March 2012); every report, incident, event and
 * period it covers is from then on. The floor is the first of January rather than a day in it so
 * that a source's "in 2012" or "in January 2012" (2012, 2012-01) stays writable. Earlier context
 * belongs in an article's text, not in a dated field. A date before it is a typo (0000-01-01,
 * 2102 for 2012 reversed), and it would stretch every timeline to that year.
 */
export const ERA_START = '2012-01-01';
const ERA_HINT = `dates start at ${ERA_START}, when the conflict began: check the year against the source`;

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A calendar day that exists (no 2022-02-30). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YAML 1.1 loaders turn unquoted dates into UTC midnight Dates, and bare years into numbers: accept both. */
function coerceDateLike(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A full calendar day, `YYYY-MM-DD`, on or after ERA_START. */
export const IsoDay = z.preprocess(
  coerceDateLike,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .refine(isCalendarDay, { error: 'expected a real calendar date written YYYY-MM-DD', params: { hint: 'write the year, month and day with hyphens, e.g. 2024-06-01; check the day exists in that month' } })
    // Not `abort: true`: an aborted branch changes how a union reports (see span.ts), so guard instead.
    .refine((v) => !isCalendarDay(v) || v >= ERA_START, { error: `the date is before the conflict began (${ERA_START})`, params: { expected: `a date on or after ${ERA_START}`, hint: ERA_HINT } }),
);
export type IsoDay = z.infer<typeof IsoDay>;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, on or after ERA_START: write only as much as the source supports. */
export const PartialDate = z.preprocess(
  coerceDateLike,
  z
    .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY' })
    .refine(isPartialDate, {
      error: 'expected a real date written YYYY-MM-DD, YYYY-MM or YYYY',
      params: { hint: 'write only as much as the source says: 2024-06-01, 2024-06 or 2024' },
    })
    .refine((v) => !isPartialDate(v) || partialDateSpan(v).end >= ERA_START, { error: `the date is before the conflict began (${ERA_START})`, params: { expected: `a date on or after ${ERA_START}`, hint: ERA_HINT } }),
);
export type PartialDate = z.infer<typeof PartialDate>;

export function isPartialDate(value: string): boolean {
  return isCalendarDay(value) || isMonth(value) || YEAR.test(value);
}

function isMonth(value: string): boolean {
  const m = MONTH.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** A resolved span of whole days with the precision the source gave. */
export const DaySpan = z.object({
  start: z.string(),
  end: z.string(),
  precision: DatePrecision,
});
export type DaySpan = z.infer<typeof DaySpan>;

/** The first and last day a partial date can mean: `2022-03` → 2022-03-01 … 2022-03-31. */
export function partialDateSpan(value: string): DaySpan {
  if (DAY.test(value)) return { start: value, end: value, precision: 'day' };
  const month = MONTH.exec(value);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    return { start: `${value}-01`, end: `${value}-${pad(daysInMonth(y, mo))}`, precision: 'month' };
  }
  if (YEAR.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31`, precision: 'year' };
  throw new Error(`not a partial date: ${value}`);
}

/** The span from the start of one partial date to the end of another, at the coarser precision. */
export function spanBetween(start: string, end: string): DaySpan {
  const a = partialDateSpan(start);
  const b = partialDateSpan(end);
  const order = DATE_PRECISIONS;
  const precision = order.indexOf(a.precision) >= order.indexOf(b.precision) ? a.precision : b.precision;
  return { start: a.start, end: b.end, precision };
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
