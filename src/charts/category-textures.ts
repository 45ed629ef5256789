import type { SeriesCategory } from '../schema/category.ts';

/**
 * A texture per perpetrator category, drawn over its colour, so that colour is never the only way
 * to tell two segments of a stacked bar apart (WCAG 1.4.1): a reader who cannot tell blue from
 * purple still sees lines from dots. Every stacked category differs by the marks' shape, not their
 * density or tint, and none uses the 45° lines of the "derived" hatch, which can sit on top of any.
 *
 * A texture is path data (stroked only, never filled) in the paper colour, so it can be:
 * - a <pattern> in the chart's own <defs> (the SVG and PNG downloads carry it; resvg draws it);
 * - drawn directly into a legend swatch, which must render without the chart's <defs>.
 * Being strokes in the paper colour with the class `hatch-line`, the marks follow the theme like
 * the derived hatch does (charts.css sets them to the chart's background), and they print.
 *
 * `all` (a total not broken down) and `state-forces` stay plain: a total-only bar is never
 * stacked with parts, and the key names it.
 */
export type Texture = {
  /** In words, for tests and docs: what the marks look like. */
  name: string;
  /** The pattern tile's side, in px. */
  tile: number;
  /** The marks covering a w × h area from (0, 0): a tile for the pattern, a whole swatch for the key. */
  marks: (w: number, h: number) => string;
  strokeWidth: number;
};

const r1 = (n: number) => Math.round(n * 100) / 100;
/** Steps of `step` from `start` to beyond `end`: a mark on every row or column that shows. */
function steps(start: number, end: number, step: number): number[] {
  const out: number[] = [];
  for (let v = start; v < end; v += step) out.push(r1(v));
  return out;
}
/** A closed circle as path data (two arcs): draws the same in browsers and resvg. */
const circle = (x: number, y: number, r: number) => `M${r1(x - r)},${r1(y)}a${r},${r} 0 1,0 ${r * 2},0a${r},${r} 0 1,0 ${-r * 2},0`;

export const CATEGORY_TEXTURES: Record<SeriesCategory, Texture | null> = {
  'extremist-armed-groups': {
    name: 'dots', tile: 5, strokeWidth: 1.3,
    marks: (w, h) => steps(2.5, h, 5).flatMap((y) => steps(2.5, w, 5).map((x) => circle(x, y, 0.55))).join(''),
  },
  'community-militias': {
    name: 'horizontal lines', tile: 5, strokeWidth: 1.3,
    marks: (w, h) => steps(2.5, h, 5).map((y) => `M0,${y}H${w}`).join(''),
  },
  'signatory-armed-groups': {
    name: 'vertical lines', tile: 5, strokeWidth: 1.3,
    marks: (w, h) => steps(2.5, w, 5).map((x) => `M${x},0V${h}`).join(''),
  },
  'state-forces': null,
  'international-forces': {
    name: 'grid', tile: 6, strokeWidth: 1,
    marks: (w, h) => [...steps(3, h, 6).map((y) => `M0,${y}H${w}`), ...steps(3, w, 6).map((x) => `M${x},0V${h}`)].join(''),
  },
  unidentified: {
    name: 'rings', tile: 7, strokeWidth: 1,
    marks: (w, h) => steps(3.5, h, 7).flatMap((y) => steps(3.5, w, 7).map((x) => circle(x, y, 1.8))).join(''),
  },
  unattributed: {
    name: 'dashes', tile: 6, strokeWidth: 1.3,
    // Staggered like bricks, so the dashes never join into lines.
    marks: (w, h) => steps(1.5, h, 3).map((y, i) => steps(i % 2 ? 3 : 0, w, 6).map((x) => `M${x},${y}h3`).join('')).join(''),
  },
  all: null,
};

/** The id of a category's pattern in one chart's <defs> (uid keeps two charts on a page apart). */
export const textureId = (uid: string, c: SeriesCategory) => `${uid}-tex-${c}`;

/** How strongly the marks show over the colour: enough to tell apart, light enough to read values on. */
export const TEXTURE_OPACITY = 0.6;
