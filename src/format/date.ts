import type { DaySpan } from '../schema/date.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 April 2022", "April 2022", "2022": day-month-year in words, never 04/05/2022. */
export function formatDay(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A span at its precision: "19 April 2022", "March 2022", "2021-Q2 (April–June 2021)", "1 May – 31 Dec 2024". */
export function formatSpan(span: DaySpan): string {
  if (span.precision === 'quarter') {
    const [y, m] = span.start.split('-').map(Number) as [number, number];
    return `Q${Math.floor((m - 1) / 3) + 1} ${y} (${MONTHS[m - 1]}–${MONTHS[m + 1]} ${y})`;
  }
  const p = span.precision;
  const a = formatDay(span.start, p);
  const b = formatDay(span.end, p);
  return a === b ? a : `${a} – ${b}`;
}
