import { defineKind } from '../kind.ts';
import { timelineGeometry } from './geometry.ts';
import { timelineLegend } from './legend.ts';
import { timelineModel, type TimelineSpec } from './model.ts';
import { timelineSvg } from './svg.ts';

/** `timeline`: incidents, periods and events on a date axis. */
export default defineKind({
  kind: 'timeline',
  order: 2,
  specs: (): TimelineSpec[] => [{ id: 'timeline', kind: 'timeline', alternates: [] }],
  model: timelineModel,
  geometry: (m, layout, base) => timelineGeometry(m.drawing, { layout, base }),
  legend: timelineLegend,
  svg: timelineSvg,
  filterCategories: (g) => g.lanes.map((l) => l.category),
  switchLabel: (spec) => spec.id,
});
