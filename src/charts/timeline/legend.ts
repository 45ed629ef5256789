import { shape, type LegendItem } from '../legend.ts';
import { INK } from '../palette.ts';
import type { TimelineGeometry } from './geometry.ts';

/** What the drawing uses: dot sizes and the hollow dot, or the counting bars; lanes name the categories. */
export function timelineLegend(g: TimelineGeometry): LegendItem[] {
  if (g.mode === 'bins') {
    return [{
      label: `Bar height: incidents on record in a ${g.binUnit} (a count of records, not of people)`,
      swatch: { width: 10, height: 14, shapes: [shape('rect', { x: 1, y: 1, width: 8, height: 12, fill: 'none', class: 'ink', stroke: INK })] },
    }];
  }
  const items: LegendItem[] = g.sizeLegend.map((s) => ({
    label: `${s.value} killed`,
    swatch: { width: 2 * s.r + 2, height: 2 * s.r + 2, shapes: [shape('circle', { cx: s.r + 1, cy: s.r + 1, r: s.r, fill: 'none', class: 'ink', stroke: INK })] },
  }));
  if (!g.empty) {
    items.push({
      label: 'No count, or victims counted in another incident',
      swatch: { width: 10, height: 10, shapes: [shape('circle', { cx: 5, cy: 5, r: 3, fill: 'none', class: 'ink', stroke: INK, 'stroke-width': 1.5 })] },
    });
  }
  return items;
}
