import type { SiteData } from '../../model/records.ts';
import { MEASURE_LABELS } from '../../schema/measure.ts';
import { defineKind } from '../kind.ts';
import { casualtyGeometry } from './geometry.ts';
import { casualtyLegend } from './legend.ts';
import { casualtyModel, type CasualtySpec } from './model.ts';
import { STACK_ORDER, casualtyRows } from './rows.ts';
import { casualtySvg } from './svg.ts';

const MAIN = 'casualties-by-perpetrator';

/**
 * - `casualties-by-perpetrator`: the main chart, civilians killed (the default measure);
 *   `casualties-by-perpetrator-victims`: the same for all victims;
 * - `casualties-by-perpetrator[-victims]-<category>`: one category (only where it has data).
 */
function specs(data: SiteData): CasualtySpec[] {
  const out: CasualtySpec[] = [
    { id: MAIN, kind: 'casualties', measure: 'killed', category: null, alternates: [`${MAIN}-victims`] },
    { id: `${MAIN}-victims`, kind: 'casualties', measure: 'victims', category: null, alternates: [MAIN] },
  ];
  for (const measure of ['killed', 'victims'] as const) {
    for (const category of STACK_ORDER) {
      const rows = casualtyRows(data.quarterly, { measure, category });
      if (!rows.some((r) => r.role === 'segment')) continue;
      const prefix = measure === 'killed' ? MAIN : `${MAIN}-victims`;
      const other = measure === 'killed' ? `${MAIN}-victims-${category}` : `${MAIN}-${category}`;
      const otherHasData = casualtyRows(data.quarterly, { measure: measure === 'killed' ? 'victims' : 'killed', category }).some(
        (r) => r.role === 'segment',
      );
      out.push({ id: `${prefix}-${category}`, kind: 'casualties', measure, category, alternates: otherHasData ? [other] : [] });
    }
  }
  return out;
}

export default defineKind({
  kind: 'casualties',
  order: 1,
  specs,
  model: casualtyModel,
  geometry: (m, layout, base) => casualtyGeometry(m.drawing, { layout, base }),
  legend: casualtyLegend,
  svg: casualtySvg,
  // One category's chart has nothing to filter.
  filterCategories: (g, spec) => (spec.category ? [] : g.used.categories.filter((c) => c !== 'all')),
  switchLabel: (spec) => MEASURE_LABELS[spec.measure].split(' (')[0]!,
});
