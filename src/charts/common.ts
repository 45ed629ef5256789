/** Small helpers shared by the chart geometries: pure, no DOM. */

/** Geometry numbers are rounded to 0.01 px so output is byte-stable and tests compare cleanly. */
export function r2(n: number): number {
  const v = Math.round(n * 100) / 100;
  return Object.is(v, -0) ? 0 : v;
}

/** A rough text width for system sans-serif (0.6 em per character): enough to avoid overlaps. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** A site path under the configured base (`/` or e.g. `/mali/`). */
export function sitePath(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * The two layouts every chart is drawn in: the page swaps them with a media query. `fontSize` is
 * the drawing's text; `smallFontSize` its secondary text (ticks, printed values, gap labels, map
 * labels and notes). The narrow drawing is shown from a 320 px phone, where the page's margins
 * leave it 288 px wide (a scale of 0.8), so its secondary text is never smaller than its main
 * text: 11 × 288/360 = 8.8 px on screen, the floor test/browser/chart-layout.test.ts checks on
 * every chart page and embed at 320 and 375 px (at 10, it rendered at 8 px; the map's 9 px
 * notes at 7.2 px).
 */
export const LAYOUTS = {
  wide: { width: 720, fontSize: 12, smallFontSize: 11 },
  narrow: { width: 360, fontSize: 11, smallFontSize: 11 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Quarter id `2021-Q2` as words: "Q2 2021". */
export function quarterLabel(q: string): string {
  const [y, n] = q.split('-');
  return `${n} ${y}`;
}
