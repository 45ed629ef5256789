import { textWidth } from '../common.ts';

/**
 * Breaks a label into lines no wider than `width` (by the charts' rough text width), at spaces,
 * never shortening it: a word longer than the width gets a line of its own and the caller must
 * make room for it (see `longestWord`). Pure.
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of the widest word: no wrap can make a label narrower than this. */
export function longestWord(text: string, fontSize: number): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, fontSize)));
}

/** The width a set of lines takes. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
}
