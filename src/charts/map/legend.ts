import { shape, square, type LegendItem } from '../legend.ts';
import { INK, MUTED, PAPER, categoryPaint } from '../palette.ts';
import { DERIVED_MARK } from '../count-marks.ts';
import { SERIES_CATEGORY_IDS, SERIES_LABELS } from '../../schema/category.ts';
import type { MapGeometry } from './geometry.ts';
import { SIZES } from './scale.ts';

/** Bins drawn, then the dots' sizes and colours, the dashed outline and the region border: only what the map shows. */
export function mapLegend(g: MapGeometry): LegendItem[] {
  const items: LegendItem[] = g.bins.map((b) => ({
    label: b.label,
    swatch: square(14, shape('rect', { class: `map-area bin-${b.id}`, width: 14, height: 14, fill: b.fill, stroke: MUTED, 'stroke-width': 0.5 })),
  }));
  // A dot is a place, sized by the incidents this site records there: each size drawn, named.
  for (const s of SIZES.filter((s) => g.points.some((p) => p.size.id === s.id)))
    items.push({ label: `${s.label} (located to a town or finer)`, swatch: square(18, shape('circle', { cx: 9, cy: 9, r: s.r, fill: 'none', stroke: INK, class: 'ink' })) });
  // The dots' colours, named: colour is never the only cue.
  const single = [...new Set(g.points.flatMap((p) => (p.category ? [p.category] : [])))].sort((a, b) => SERIES_CATEGORY_IDS.indexOf(a) - SERIES_CATEGORY_IDS.indexOf(b));
  for (const c of single)
    items.push({ label: `${SERIES_LABELS[c]} (every incident at the place)`, swatch: square(14, shape('circle', { class: `dot fill c-${c}`, cx: 7, cy: 7, r: 4, fill: categoryPaint(c), stroke: PAPER })) });
  if (g.points.some((p) => p.category === null))
    items.push({ label: 'Incidents at the place attributed to several perpetrator categories (named in its label)', swatch: square(14, shape('circle', { class: 'dot fill c-all', cx: 7, cy: 7, r: 4, fill: categoryPaint('all'), stroke: PAPER })) });
  if (g.callouts.some((c) => c.text.includes(DERIVED_MARK))) items.push({ label: `${DERIVED_MARK} derived: several incidents' stated tolls added up`, swatch: square(14, shape('path', { d: 'M2,7H12', stroke: MUTED, 'stroke-width': 0 })) });
  if (g.outlines.length) items.push({ label: 'Area a reported figure names (share of acts, not people)', swatch: square(14, shape('rect', { x: 1, y: 1, width: 12, height: 12, fill: 'none', stroke: INK, 'stroke-dasharray': '4 2', 'stroke-width': 1.5, class: 'ink' })) });
  items.push({ label: 'Region border (2015)', swatch: { width: 20, height: 10, shapes: [shape('path', { d: 'M0,5H20', stroke: MUTED, 'stroke-width': 1.5 })] } });
  return items;
}
