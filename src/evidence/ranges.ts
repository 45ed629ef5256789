import type { Count } from '../schema/count.ts';

/**
 * The values a count allows, as a closed interval of whole numbers: "more than 500" is 501 and up,
 * "at least 500" is 500 and up, "about 300" is 300 (or its stated range), "up to 40" is 0–40.
 * Two counts agree when their intervals meet: 543 agrees with "more than 500"; 512 and 543 don't.
 */
export type Interval = { lo: number; hi: number };

export function interval(c: Count): Interval {
  switch (c.qualifier) {
    case 'exact':
      return { lo: c.best!, hi: c.best! };
    case 'more-than':
      return { lo: c.low! + 1, hi: Infinity };
    case 'at-least':
      return { lo: c.low!, hi: Infinity };
    case 'up-to':
      return { lo: c.low ?? 0, hi: c.high! };
    case 'between':
      return { lo: c.low!, hi: c.high! };
    case 'about':
      return { lo: c.low ?? c.best!, hi: c.high ?? c.best! };
  }
}

export function agree(a: Count, b: Count): boolean {
  const x = interval(a);
  const y = interval(b);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** a's interval lies inside b's, and is narrower: a says everything b says, more precisely. */
export function refines(a: Count, b: Count): boolean {
  const x = interval(a);
  const y = interval(b);
  return y.lo <= x.lo && x.hi <= y.hi && x.hi - x.lo < y.hi - y.lo;
}

export function sameCount(a: Count, b: Count): boolean {
  return a.qualifier === b.qualifier && a.low === b.low && a.best === b.best && a.high === b.high;
}

/** The lowest number a count states (its bar), and the highest (its whisker), or null when open. */
export function lowestStated(c: Count): number {
  return c.low ?? c.best ?? c.high ?? 0;
}
export function highestStated(c: Count): number | null {
  if (c.qualifier === 'at-least' || c.qualifier === 'more-than') return null;
  return c.high ?? c.best ?? c.low;
}
