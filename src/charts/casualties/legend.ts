import { SERIES_LABELS } from '../../schema/category.ts';
import { shape, square, type LegendItem } from '../legend.ts';
import { CATEGORY_COLOURS, GRID, INK, MUTED, PAPER } from '../palette.ts';
import { CATEGORY_TEXTURES, TEXTURE_OPACITY } from '../category-textures.ts';
import type { CasualtyGeometry } from './geometry.ts';
import { DERIVED_MARK } from './value-labels.ts';

/** The key lists only what the bars draw; classes let the themes recolour it like the marks. */
export function casualtyLegend(g: CasualtyGeometry): LegendItem[] {
  const u = g.used;
  const items: LegendItem[] = u.categories.map((c) => {
    // The same texture as the bars, drawn into the swatch itself: a key renders without the chart's <defs>.
    const t = CATEGORY_TEXTURES[c];
    const texture = t && shape('path', { class: 'hatch-line texture-line', d: t.marks(14, 14), fill: 'none', stroke: PAPER, 'stroke-width': t.strokeWidth, 'stroke-opacity': TEXTURE_OPACITY });
    return {
      category: c,
      label: c === 'all' ? 'Total, not broken down' : SERIES_LABELS[c],
      swatch: square(14, shape('rect', { class: `fill c-${c}`, width: 14, height: 14, fill: CATEGORY_COLOURS[c] }), ...(texture ? [texture] : [])),
    };
  });
  if (u.derived) items.push({ label: `Derived (computed by this site); a printed value marked ${DERIVED_MARK}`, swatch: square(14, shape('rect', { width: 14, height: 14, fill: MUTED }), shape('path', { d: 'M0,6L6,0M0,13L13,0M7,14L14,7', stroke: '#fff', 'stroke-width': 2 })) });
  if (u.open) items.push({ label: '≥ at least / more than', swatch: square(14, shape('rect', { x: 1, y: 1, width: 12, height: 12, fill: 'none', stroke: MUTED, 'stroke-dasharray': '3 2' })) });
  if (u.range) items.push({ label: 'Range given by the sources', swatch: square(14, shape('path', { d: 'M4,1H10M7,1V13M4,13H10', class: 'ink', stroke: INK, 'stroke-width': 1.5, fill: 'none' })) });
  if (u.tick) items.push({ label: 'Total reported for all perpetrators', swatch: square(14, shape('path', { d: 'M0,7H14', class: 'ink', stroke: INK, 'stroke-width': 2 })) });
  if (g.gaps.length > 0) items.push({ label: 'No report found / not broken down (not zero)', swatch: square(14, shape('rect', { width: 14, height: 14, fill: 'none', stroke: GRID }), shape('path', { d: 'M0,7L7,0M0,14L14,0M7,14L14,7', stroke: GRID, 'stroke-width': 1.5 })) });
  return items;
}
