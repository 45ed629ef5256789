import { defineKind } from '../kind.ts';
import { mapGeometry } from './geometry.ts';
import { mapLegend } from './legend.ts';
import { mapModel, type MapSpec } from './model.ts';
import { mapSvg } from './svg.ts';

/**
 * `map`: where it happened, civilians killed by cercle (the default measure);
 * `map-incidents`: the same map shaded by incidents recorded.
 */
export default defineKind({
  kind: 'map',
  order: 4,
  specs: (): MapSpec[] => [
    { id: 'map', kind: 'map', measure: 'killed', alternates: ['map-incidents'] },
    { id: 'map-incidents', kind: 'map', measure: 'incidents', alternates: ['map'] },
  ],
  model: mapModel,
  geometry: (m, layout, base) => mapGeometry(m.drawing, m.spec.measure, { layout, base }),
  legend: mapLegend,
  svg: mapSvg,
  // A mark is a place that may hold incidents of several perpetrators: no per-category filter
  // (the table and CSV give each incident's category).
  filterCategories: () => [],
  switchLabel: (spec) => (spec.measure === 'killed' ? 'Civilians killed' : 'Incidents recorded'),
});
