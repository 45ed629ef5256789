import type { SeriesCategory } from '../schema/category.ts';
import { el, join, raw, type Attrs, type Markup } from './svg.ts';

/**
 * A chart's key as data: each entry's swatch (a few SVG shapes) and its words. The page draws it
 * as an HTML list (ChartLegend.astro), the downloads as SVG (src/embed/download-svg.ts), both from
 * this one list; colour is never the only cue, every entry has words.
 */
export type SwatchShape = { tag: 'rect' | 'circle' | 'path' | 'line'; attrs: Attrs };
export type Swatch = { width: number; height: number; shapes: SwatchShape[] };
export type LegendItem = {
  swatch: Swatch;
  label: string;
  /** Set when the entry stands for a perpetrator category (the filter toggles it). */
  category?: SeriesCategory;
};

/** The swatch as a standalone <svg> (namespace and viewBox, so it renders anywhere). */
export function swatchSvg(s: Swatch, attrs: Attrs = {}): Markup {
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: s.width, height: s.height, viewBox: `0 0 ${s.width} ${s.height}`, ...attrs },
    join(s.shapes.map((sh) => el(sh.tag, sh.attrs))),
  );
}

/** A square swatch of the given shapes (most keys). */
export function square(size: number, ...shapes: SwatchShape[]): Swatch {
  return { width: size, height: size, shapes };
}

export const shape = (tag: SwatchShape['tag'], attrs: Attrs): SwatchShape => ({ tag, attrs });

/** Empty markup, for kinds without a key. */
export const NONE: Markup = raw('');
