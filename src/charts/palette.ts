import type { SeriesCategory } from '../schema/category.ts';

/**
 * Okabe–Ito based colours for the perpetrator categories, darkened where needed so every colour
 * keeps a 3:1 contrast (WCAG 1.4.11, graphics) on white AND on a dark #111 background: one
 * palette serves both themes. Colour is never the only cue: the legend, the table, tooltips and
 * the timeline's labelled lanes name every category.
 */
export const CATEGORY_COLOURS: Record<SeriesCategory, string> = {
  'extremist-armed-groups': '#D55E00',
  'community-militias': '#A86A00',
  'signatory-armed-groups': '#009E73',
  'state-forces': '#0072B2',
  'international-forces': '#B5629A',
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
