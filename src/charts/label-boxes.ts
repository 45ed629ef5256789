/**
 * The boxes a chart's texts take, computed from the geometry alone, so "no text overlaps another
 * or leaves the frame" is a pure test (test/charts/label-boxes.test.ts) and the geometry can drop
 * a label that would collide instead of drawing it. The browser test
 * (test/browser/chart-layout.test.ts) checks the same thing on the real fonts.
 *
 * Widths are per character, from DejaVu Sans (what `system-ui` falls back to on Linux, and wider
 * than most system fonts), with a small margin: the flat 0.6 em of common.ts is too narrow for
 * "Q4" or "≥1,000".
 */
export type Box = { x0: number; y0: number; x1: number; y1: number; text: string };

/** How much wider than the per-character estimate a label is assumed to be. */
export const WIDTH_MARGIN = 1.06;

/** Advance widths in em, DejaVu Sans (rounded up). */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch === ' ' || ch === ',' || ch === '.' || ch === '’' || ch === "'" || ch === ':' || ch === ';') return 0.33;
  if (/[A-Z]/.test(ch)) return ch === 'M' || ch === 'W' || ch === 'Q' || ch === 'O' ? 0.8 : 0.7;
  if (/[fijlrt]/.test(ch)) return 0.4;
  if (/[mw]/.test(ch)) return 0.92;
  if (/[a-z]/.test(ch)) return 0.62;
  if (ch === '≥' || ch === '≤' || ch === '≈' || ch === '>' || ch === '<') return 0.84;
  if (ch === '–' || ch === '†' || ch === '-' || ch === '(' || ch === ')') return 0.5;
  return 0.84;
}

export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * WIDTH_MARGIN;
}

/**
 * The box of a one-line text drawn at (x, y) with the given anchor. `baseline` is where y sits:
 * on the alphabetic baseline (SVG's default) or at the middle (dy="0.32em").
 */
export function textBox(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  baseline: 'alphabetic' | 'middle' = 'alphabetic',
): Box {
  const w = labelWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  // Ascender about 0.8 em above the baseline, descender 0.2 em below.
  const top = baseline === 'alphabetic' ? y - 0.8 * fontSize : y - 0.5 * fontSize;
  return { x0, y0: top, x1: x0 + w, y1: top + fontSize, text };
}

/** A text rotated -90° about its anchor point (x, y) with text-anchor start: it runs upwards from y. */
export function rotatedBox(text: string, x: number, y: number, fontSize: number): Box {
  const w = labelWidth(text, fontSize);
  return { x0: x - fontSize / 2, y0: y - w, x1: x + fontSize / 2, y1: y, text };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Every pair of boxes that overlap, as words a test failure can show. */
export function overlappingPairs(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!, boxes[j]!)) out.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
  return out;
}

/** Boxes that leave the frame (0, 0)–(width, height). */
export function outsideFrame(boxes: readonly Box[], width: number, height: number): string[] {
  return boxes.filter((b) => b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height).map((b) => `"${b.text}"`);
}

/** The box grown by `pad` on every side. */
export function inflate(b: Box, pad: number): Box {
  return { ...b, x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

/** True when the box stays in the frame and keeps `pad` clear of every placed box. */
export function fits(b: Box, placed: readonly Box[], width: number, height: number, pad = 0): boolean {
  const grown = inflate(b, pad);
  return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height && !placed.some((p) => boxesOverlap(p, grown));
}
