import { compare } from '../lib/compare.ts';
/** Edit distance, for "did you mean" hints on misspelled ids and field names. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidates to `input`, nearest first; only those close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: [string, number][] = [];
  for (const c of new Set(candidates)) {
    const d = levenshtein(needle, c.toLowerCase());
    const contains = needle.length >= 3 && c.toLowerCase().includes(needle);
    if (d <= limit || contains) scored.push([c, contains ? Math.min(d, 1) : d]);
  }
  scored.sort((x, y) => x[1] - y[1] || compare(x[0], y[0]));
  return scored.slice(0, max).map(([c]) => c);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | null {
  const near = closest(input, candidates);
  if (near.length === 0) return null;
  return `did you mean ${near.map((c) => `"${c}"`).join(' or ')}?`;
}
