import { shape, type LegendItem } from '../legend.ts';
import { INK } from '../palette.ts';
import type { TimelineGeometry } from './geometry.ts';

/** Sizes and the hollow dot; the lanes name the categories, so they are not repeated here. */
export function timelineLegend(g: TimelineGeometry): LegendItem[] {
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
