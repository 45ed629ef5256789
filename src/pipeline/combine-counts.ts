import type { Count } from '../schema/count.ts';

/**
 * Combines several sources' counts of the same harm into one, UCDP-style: the range spans every
 * source (lowest low, highest high; no high if any source leaves it open), and the best estimate
 * is the median of the sources' best estimates. One source's count passes through unchanged.
 */
export function combineCounts(counts: readonly Count[]): Count | null {
  if (counts.length === 0) return null;
  if (counts.length === 1) return counts[0]!;
  const lows = counts.map((c) => c.low ?? c.best ?? c.high).filter((v): v is number => v !== null);
  const low = lows.length ? Math.min(...lows) : null;
  const high = counts.some((c) => c.high === null) ? null : Math.max(...counts.map((c) => c.high!));
  const bests = counts.map((c) => c.best).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const best = bests.length ? median(bests) : null;
  const qualifiers = new Set(counts.map((c) => c.qualifier));
  if (qualifiers.size === 1) {
    const q = counts[0]!.qualifier;
    if (q === 'exact' && low === high) return { qualifier: 'exact', low, best: low, high };
    if (q !== 'exact') return { qualifier: q, low, best, high };
  }
  // Sources disagree in kind: keep the honest envelope.
  if (high === null) {
    const strict = counts.every((c) => c.qualifier === 'more-than');
    return { qualifier: strict ? 'more-than' : 'at-least', low, best, high: null };
  }
  return { qualifier: 'between', low, best, high };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
