/**
 * An article's rendered text as sentences, and the sentences two versions do not share. Tags are
 * stripped (a changed link target or figure id in an attribute is not a change a reader sees);
 * block ends are sentence ends, so a heading never runs into the paragraph after it.
 */

const BLOCK_END = /<\/(?:p|li|h[1-6]|blockquote|pre|td|th|tr|dt|dd|figcaption|caption)>|<(?:br|hr)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

export function sentences(html: string): string[] {
  const plain = decode(html.replace(BLOCK_END, '\n').replace(/<[^>]*>/g, ''));
  return plain
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?…]["'”’)\]]*)\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** One run of difference: sentences only in the old text, then those only in the new one. */
export type Hunk = { before: string[]; after: string[] };

/** The longest common subsequence of sentences; what is left over, in order, as hunks. */
export function sentenceHunks(a: readonly string[], b: readonly string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const hunks: Hunk[] = [];
  let hunk: Hunk = { before: [], after: [] };
  const flush = () => {
    if (hunk.before.length || hunk.after.length) hunks.push(hunk);
    hunk = { before: [], after: [] };
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) hunk.before.push(a[i++]!);
    else hunk.after.push(b[j++]!);
  }
  flush();
  return hunks;
}
