import { chartModel, chartSpecs } from '../../charts/registry.ts';
import type { SiteData } from '../../model/records.ts';

/**
 * What each chart draws, as comparable marks. The chart registry's model gives every chart's CSV
 * records, which are exactly the rows its geometry draws, whatever the kind; the model's
 * `updated` date, sources and notes are left out, so a chart changes only when what it draws does.
 */
export type Mark = { key: string; record: Record<string, string | number> };
export type ChartMarks = { id: string; title: string; marks: Mark[] };
export type ChartsOf = (data: SiteData) => ChartMarks[];

/**
 * A mark's identity: kind and id for records that carry one (timeline, actor, map marks); a
 * quarter and its category for the quarterly bars (a bar's role, total or gap, is its value,
 * so a quarter that gains a breakdown reads as a change, not as a removal and an addition).
 */
export function markKey(r: Record<string, string | number>, index: number): string {
  const id = r.id ?? r.figure_id;
  if (id !== undefined && id !== '') return [r.kind, id].filter((x) => x !== undefined && x !== '').join(' ');
  if (r.quarter !== undefined) return [r.quarter, r.perpetrator_category || 'all'].join(' · ');
  return `row ${index + 1}`;
}

export const registryCharts: ChartsOf = (data) =>
  chartSpecs(data).map((spec) => {
    const model = chartModel(data, spec);
    const seen = new Map<string, number>();
    const marks = model.csvRecords.map((record, i) => {
      // Two marks with one identity stay apart: the second is "… (2)".
      const key = markKey(record, i);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return { key: n === 1 ? key : `${key} (${n})`, record };
    });
    return { id: spec.id, title: model.title, marks };
  });
