import type { SiteData } from '../../model/records.ts';
import { SERIES_LABELS } from '../../schema/category.ts';
import { MEASURE_LABELS } from '../../schema/measure.ts';
import { formatCount, formatNumber } from '../../format/count.ts';
import { quarterLabel, sitePath } from '../common.ts';
import { chartSources, type ChartModel } from '../model.ts';
import type { Measure } from '../../schema/measure.ts';
import type { SeriesCategory } from '../../schema/category.ts';
import { casualtyCsvRecords, casualtyRows, type CasualtyRow } from './rows.ts';
import { casualtyTakeaway } from './takeaway.ts';

export type CasualtySpec = {
  id: string;
  kind: 'casualties';
  measure: Measure;
  category: SeriesCategory | null;
  alternates: string[];
};

export const CASUALTY_NOTES = [
  'Each bar is one quarter; its parts are the numbers reported for each perpetrator category. One measure per chart: measures are never added together.',
  '≥ and a dashed top: the source gives a lower bound ("at least", "more than"); the true number may be higher.',
  'Hatched: derived by this site from a share or the remainder of a reported total, not stated by the source.',
  'Whisker: the range the sources give (low to high), drawn from the part’s own base.',
  'Black tick: the total a source reported for all perpetrators.',
  '“No data”: no report covers the quarter. It is not zero.',
  '“Total, not broken down”: a source gave only a total for all perpetrators.',
];

export function casualtyModel(data: SiteData, spec: CasualtySpec, base: string): ChartModel<CasualtySpec, CasualtyRow[]> {
  const rows = casualtyRows(data.quarterly, { measure: spec.measure, category: spec.category });
  const measure = MEASURE_LABELS[spec.measure].split(' (')[0]!;
  const title = spec.category
    ? `${measure}: ${SERIES_LABELS[spec.category]}, by quarter`
    : `${measure} by perpetrator, by quarter`;
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const gaps = new Set(rows.filter((r) => !r.count).map((r) => r.quarter)).size;
  const takeaway = casualtyTakeaway(rows, spec.measure, spec.category);
  const description = quarters.length
    ? `Stacked bar chart of ${MEASURE_LABELS[spec.measure].toLowerCase()} per quarter, ${quarterLabel(quarters[0]!)} to ${quarterLabel(quarters.at(-1)!)}, by perpetrator category. ${quarters.length - gaps} ${quarters.length - gaps === 1 ? 'quarter has' : 'quarters have'} a report and ${gaps} ${gaps === 1 ? 'has' : 'have'} no data. ${takeaway} The numbers are in the table below.`
    : takeaway;
  const figureIds = new Set(rows.flatMap((r) => r.figure_ids));
  const sourceIds = data.figures.filter((f) => figureIds.has(f.id)).map((f) => f.source_id);
  return {
    spec,
    drawing: rows,
    title,
    takeaway,
    description,
    notes: CASUALTY_NOTES,
    sources: chartSources(data, sourceIds, (id) => sitePath(base, `articles/${id}/`)),
    updated: data.updated,
    table: {
      caption: `${title}: the numbers drawn`,
      columns: ['Quarter', 'Perpetrator', 'As reported', 'Drawn as', 'Basis'],
      rows: rows.map((r) => [
        quarterLabel(r.quarter),
        r.role === 'total' || r.role === 'total-only'
          ? `${SERIES_LABELS.all}${r.role === 'total-only' ? ' (not broken down)' : ' (total)'}`
          : r.perpetrator_category
            ? SERIES_LABELS[r.perpetrator_category]
            : '',
        r.count ? formatCount(r.count) : r.role.replace(/-/g, ' '),
        r.drawn === null ? '—' : formatNumber(r.drawn),
        r.basis,
      ]),
    },
    csvRecords: casualtyCsvRecords(rows),
    csvPath: sitePath(base, `charts/${spec.id}.csv`),
  };
}
