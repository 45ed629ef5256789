import type { SeriesCategory } from '../schema/category.ts';

/**
 * Colours for the perpetrator categories, started from Okabe–Ito and moved just enough that:
 * - every colour keeps a 3:1 contrast (WCAG 1.4.11, graphics) on white AND on a dark #111
 *   background: one palette serves both themes;
 * - every pair stays apart by CIEDE2000 ΔE ≥ 11 for normal vision and under simulated protanopia
 *   and deuteranopia (Machado et al. 2009; src/charts/colour-vision.ts). Okabe–Ito's orange and
 *   ochre were 0.8 apart under protanopia. test/charts/palette.test.ts checks all of it.
 * Colour is never the only cue: the legend, the table, tooltips, the timeline's labelled lanes
 * and the value labels on the bars name what each mark is.
 * src/components/charts/charts.css repeats these as CSS fallbacks; the palette test keeps them equal.
 */
export const CATEGORY_COLOURS: Record<SeriesCategory, string> = {
  'extremist-armed-groups': '#DB6916',
  'community-militias': '#8F5600',
  'signatory-armed-groups': '#009C65',
  'state-forces': '#0066D3',
  'international-forces': '#A75F94',
  unidentified: '#2D8FCB',
  unattributed: '#8C8C8C',
  all: '#666666',
};

/** The CSS custom property a theme can set to override a category colour. */
export function categoryVar(c: SeriesCategory): string {
  return `--cat-${c}`;
}

/**
 * The paint written into the SVG: a plain hex, so a standalone SVG (PNG export, RSS) renders
 * anywhere. Themes override it with CSS on the mark's class `c-<category>` (charts.css), which
 * wins over a presentation attribute.
 */
export function categoryPaint(c: SeriesCategory): string {
  return CATEGORY_COLOURS[c];
}

/** Ink for text, axes and markers on white; charts.css swaps them for dark themes by class. */
export const INK = '#222222';
export const MUTED = '#5E5E5E';
export const GRID = '#D9D9D9';
export const PAPER = '#FFFFFF';
