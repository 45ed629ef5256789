import type { Count } from '../schema/count.ts';
import { formatCount, formatNumber } from '../format/count.ts';

/** True when the count's top is open: the true number may be higher than what is drawn. */
export function isOpenTop(c: Count): boolean {
  return (c.qualifier === 'at-least' || c.qualifier === 'more-than') && c.high === null;
}

/** A range worth drawing as a whisker: both ends known and different. */
export function rangeOf(c: Count): { low: number; high: number } | null {
  return c.low !== null && c.high !== null && c.low !== c.high ? { low: c.low, high: c.high } : null;
}

/** The short label for a bar top, keeping the bound in a symbol: "≥527", ">500", "≈300", "≤40", "20–30". */
export function shortCount(c: Count): string {
  const n = (v: number | null) => (v === null ? '?' : formatNumber(v));
  switch (c.qualifier) {
    case 'exact':
      return n(c.best);
    case 'at-least':
      return `≥${n(c.low)}`;
    case 'more-than':
      return `>${n(c.low)}`;
    case 'about':
      // A derived range has no single figure: show the range, never a midpoint.
      return c.best === null && c.low !== null && c.high !== null ? `≈${n(c.low)}–${n(c.high)}` : `≈${n(c.best)}`;
    case 'up-to':
      return `≤${n(c.high)}`;
    case 'between':
      return `${n(c.low)}–${n(c.high)}`;
  }
}

/**
 * The count columns every chart CSV shares: the bounds as reported, the value actually drawn,
 * and the count in words; `unreported` fills the words when there is no count.
 */
export function countCsvColumns(count: Count | null, drawn: number | null, unreported = '') {
  return {
    qualifier: count?.qualifier ?? '',
    low: count?.low ?? '',
    best: count?.best ?? '',
    high: count?.high ?? '',
    drawn_value: drawn ?? '',
    as_reported: count ? formatCount(count) : unreported,
  };
}

/**
 * A value printed on a chart: the count's own short words ("≥527", "20–30", "≈281–288"), a claim
 * as stated or an envelope of claims, never a sum or a number no source stated; a value this site
 * derived carries DERIVED_MARK, which every key that draws one explains.
 */
export const DERIVED_MARK = '†';

export function valueText(c: Count, derived: boolean): string {
  return `${shortCount(c)}${derived ? DERIVED_MARK : ''}`;
}
