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

/** The two layouts every chart is drawn in: the page swaps them with a media query. */
export const LAYOUTS = {
  wide: { width: 720, fontSize: 12 },
  narrow: { width: 360, fontSize: 11 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Quarter id `2021-Q2` as words: "Q2 2021". */
export function quarterLabel(q: string): string {
  const [y, n] = q.split('-');
  return `${n} ${y}`;
}
