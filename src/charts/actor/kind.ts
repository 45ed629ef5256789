import type { SiteData } from '../../model/records.ts';
import { defineKind } from '../kind.ts';
import { shape, type LegendItem } from '../legend.ts';
import { INK } from '../palette.ts';
import { DERIVED_MARK } from '../count-marks.ts';
import { actorGeometry } from './geometry.ts';
import { actorModel, type ActorSpec } from './model.ts';
import { actorSvg } from './svg.ts';

/** `actor-<actor id>`: the figures for one actor and its category. */
function specs(data: SiteData): ActorSpec[] {
  return [...data.actors]
    .sort((x, y) => x.id.localeCompare(y.id))
    .map((a) => ({ id: `actor-${a.id}`, kind: 'actor' as const, actorId: a.id, alternates: [] }));
}

const LEGEND: LegendItem[] = [
  { label: 'Figure naming this actor', swatch: { width: 20, height: 10, shapes: [shape('path', { d: 'M0,5H20', class: 'ink', stroke: INK, 'stroke-width': 4 })] } },
  { label: 'Figure for its whole category', swatch: { width: 20, height: 10, shapes: [shape('path', { d: 'M0,5H20', class: 'ink', stroke: INK, 'stroke-width': 2, 'stroke-opacity': 0.55 })] } },
  { label: `Derived (computed by this site); a printed value marked ${DERIVED_MARK}`, swatch: { width: 10, height: 10, shapes: [shape('circle', { cx: 5, cy: 5, r: 3.5, fill: 'none', class: 'ink', stroke: INK, 'stroke-width': 1.5 })] } },
];

export default defineKind({
  kind: 'actor',
  order: 3,
  specs,
  model: actorModel,
  geometry: (m, layout) => actorGeometry(m.drawing.rows, m.drawing.category, { layout }),
  legend: (g) => (g.empty ? [] : LEGEND),
  svg: actorSvg,
  filterCategories: () => [],
  switchLabel: (spec) => spec.id,
});
