import type { Count } from '../schema/count.ts';

const number = new Intl.NumberFormat('en-GB');

export function formatNumber(n: number): string {
  return number.format(n);
}

/**
 * A count in words, keeping its bound: "at least 50", "more than 500", "about 300", "20–30".
 * An estimate (src/model/estimate.ts) carries its own words, each end with its source's
 * qualifier ("about 300 to at least 500"): those are used, so no caller can weaken them.
 */
export function formatCount(c: Count | (Count & { text: string })): string {
  if ('text' in c && typeof c.text === 'string') return c.text;
  const n = (v: number | null) => (v === null ? '?' : formatNumber(v));
  switch (c.qualifier) {
    case 'exact':
      return n(c.best);
    case 'at-least':
      return `at least ${n(c.low)}`;
    case 'more-than':
      return `more than ${n(c.low)}`;
    case 'about':
      // A derived range ("about 281–288") has no best: never invent a midpoint.
      return c.best === null && c.low !== null && c.high !== null ? `about ${n(c.low)}–${n(c.high)}` : `about ${n(c.best)}`;
    case 'up-to':
      return `up to ${n(c.high)}`;
    case 'between':
      return `${n(c.low)}–${n(c.high)}`;
  }
}

/** The range behind a count, for a tooltip or a table: "282–287", "at least 118", or "". */
export function formatRange(c: Count): string {
  if (c.low !== null && c.high !== null && c.low !== c.high) return `${formatNumber(c.low)}–${formatNumber(c.high)}`;
  if (c.low !== null && c.high === null && c.qualifier !== 'at-least' && c.qualifier !== 'more-than')
    return `at least ${formatNumber(c.low)}`;
  return '';
}
