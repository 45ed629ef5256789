import type { SiteData } from '../../model/records.ts';
import { defineKind } from '../kind.ts';
import { shape, type LegendItem } from '../legend.ts';
import { INK } from '../palette.ts';
import { DERIVED_MARK } from '../count-marks.ts';
import { actorGeometry, ENVELOPE_FROM, type ActorGeometry } from './geometry.ts';
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

/** Listed only when a panel draws one (see ENVELOPE_FROM): the key names only what the chart shows. */
const ENVELOPE: LegendItem = {
  label: `${ENVELOPE_FROM} or more figures for one period: a band from the lowest stated to the highest (each in the table)`,
  swatch: { width: 20, height: 10, shapes: [shape('rect', { x: 0, y: 1, width: 20, height: 8, class: 'ink', fill: INK, 'fill-opacity': 0.2, stroke: INK, 'stroke-width': 1 })] },
};

const hasEnvelope = (g: ActorGeometry) => g.panels.some((p) => p.marks.some((m) => m.envelope));

export default defineKind({
  kind: 'actor',
  order: 3,
  specs,
  model: actorModel,
  geometry: (m, layout) => actorGeometry(m.drawing.rows, m.drawing.category, { layout }),
  legend: (g) => (g.empty ? [] : hasEnvelope(g) ? [...LEGEND, ENVELOPE] : LEGEND),
  svg: actorSvg,
  filterCategories: () => [],
  switchLabel: (spec) => spec.id,
});
