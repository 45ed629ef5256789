/**
 * The timeline is drawn once for every width (no second, narrow copy of each mark): horizontal
 * positions are a fraction of the drawing's width plus a fixed offset in pixels, written in the
 * SVG as a percentage (`x="37.5%"`) and a pixel shift (`dx`, a translate). Sizes (text, dots,
 * bar heights) stay in pixels.
 *
 * Layout is computed at the narrowest width the drawing is shown at (`minWidth`) and checked up
 * to `maxWidth`: two things apart at both widths, on the same side, are apart at every width in
 * between, because each edge moves linearly with the width. So a label that does not collide at
 * 300 px does not collide at 1,280 px either.
 */
export type Fx = { f: number; o: number };
export type Span = { left: Fx; right: Fx };

export const MAX_WIDTH = 1600;

export const at = (x: Fx, width: number) => x.f * width + x.o;

/** True when `a` lies wholly left of `b` (with `gap` px between) at every width in [min, max]. */
export function leftOf(a: Span, b: Span, min: number, max = MAX_WIDTH, gap = 0): boolean {
  return [min, max].every((w) => at(a.right, w) + gap <= at(b.left, w));
}

/** True when the two spans never share a pixel column at any width in [min, max]. */
export function apart(a: Span, b: Span, min: number, max = MAX_WIDTH, gap = 0): boolean {
  return leftOf(a, b, min, max, gap) || leftOf(b, a, min, max, gap);
}

/** A percentage for the SVG, rounded so output is byte-stable. */
export function pct(f: number): string {
  const v = Math.round(f * 1e6) / 1e4;
  return `${Object.is(v, -0) ? 0 : v}%`;
}
