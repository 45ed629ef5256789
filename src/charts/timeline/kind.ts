import { defineKind } from '../kind.ts';
import { timelineGeometry } from './geometry.ts';
import { timelineLegend } from './legend.ts';
import { timelineModel, type TimelineSpec } from './model.ts';
import { timelineSvg } from './svg.ts';

/**
 * `timeline`: incidents, periods and events on a date axis. One chart (the default view, which
 * starts on the data); the other views (the long one, a year, a month) are pages of their own
 * (src/pages/timeline/), drawn by the same module with `view` set.
 */
export default defineKind({
  kind: 'timeline',
  order: 2,
  specs: (): TimelineSpec[] => [{ id: 'timeline', kind: 'timeline', alternates: [] }],
  model: timelineModel,
  geometry: (m, layout, base) => timelineGeometry(m.drawing, { layout, base }),
  legend: timelineLegend,
  svg: timelineSvg,
  // The lanes already separate the categories: no filter, so no control is inserted after paint.
  filterCategories: () => [],
  switchLabel: (spec) => spec.id,
  // One drawing for every width: pages show the fluid `narrow` SVG only (see svg.ts).
  fluid: true,
});
