import type { SiteData } from '../../model/records.ts';
import { SERIES_LABELS } from '../../schema/category.ts';
import { MEASURE_LABELS } from '../../schema/measure.ts';
import { formatCount, formatNumber } from '../../format/count.ts';
import { quarterLabel, sitePath } from '../common.ts';
import { ROW_SOURCES_NAMED, chartSources, rowSourceWords, type ChartModel } from '../model.ts';
import type { Measure } from '../../schema/measure.ts';
import type { SeriesCategory } from '../../schema/category.ts';
import { CASUALTY_CSV_COLUMNS, GAP_WORDS, casualtyCsvRecords, casualtyRows, type CasualtyRow } from './rows.ts';
import { seriesEndEvent, seriesEndQuarter } from './domain.ts';
import { DERIVED_MARK } from './value-labels.ts';
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
  'Each perpetrator category has a texture as well as a colour (dots, lines, grid, rings, dashes; state forces plain), as in the key.',
  '≥ and a dashed top: the source gives a lower bound ("at least", "more than"); the true number may be higher.',
  `Hatched, and ${DERIVED_MARK} after a printed value: derived by this site from a share or the remainder of a reported total, not stated by the source.`,
  'Printed values are the numbers as the sources state them (or the range between sources that disagree), never a sum of the parts.',
  'Whisker: the range the sources give (low to high), drawn from the part’s own base.',
  'Black tick: the total a source reported for all perpetrators.',
  '“No report found”: no report we have read covers the quarter. It is not zero.',
  '“Total, not broken down”: a source gave only a total for all perpetrators.',
];

/** The rows of a casualties chart from the site data: the axis reaches the series' end event (domain.ts). */
export function casualtyRowsOf(data: SiteData, measure: Measure, category: SeriesCategory | null): CasualtyRow[] {
  const figureSource = new Map(data.figures.map((f) => [f.id, f.source_id]));
  return casualtyRows(data.quarterly, { measure, category, through: seriesEndQuarter(data.events), figureSource });
}

export function casualtyModel(data: SiteData, spec: CasualtySpec, base: string): ChartModel<CasualtySpec, CasualtyRow[]> {
  const rows = casualtyRowsOf(data, spec.measure, spec.category);
  const measure = MEASURE_LABELS[spec.measure].split(' (')[0]!;
  const title = spec.category
    ? `${measure}: ${SERIES_LABELS[spec.category]}, by quarter`
    : `${measure} by perpetrator, by quarter`;
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const gaps = new Set(rows.filter((r) => r.role === 'no-data').map((r) => r.quarter)).size;
  const takeaway = casualtyTakeaway(rows, spec.measure, spec.category);
  // Why the axis runs past the data, in the content's own words (the event's title), when it does.
  const end = seriesEndEvent(data.events);
  const endQuarter = seriesEndQuarter(data.events);
  const extended = end && endQuarter && quarters.at(-1) === endQuarter && !rows.some((r) => r.quarter === endQuarter && r.count);
  const quartersWithReport = quarters.length - gaps;
  const description = quarters.length
    ? `Stacked bar chart of ${MEASURE_LABELS[spec.measure].toLowerCase()} per quarter, ${quarterLabel(quarters[0]!)} to ${quarterLabel(quarters.at(-1)!)}, by perpetrator category. ${quartersWithReport} ${quartersWithReport === 1 ? 'quarter has' : 'quarters have'} a report and ${gaps} ${gaps === 1 ? 'has' : 'have'} no report found.${extended ? ` The axis runs to ${quarterLabel(endQuarter)}, the quarter of the context event “${end.title}”.` : ''} ${takeaway} The numbers are in the table below.`
    : takeaway;
  const figureIds = new Set(rows.flatMap((r) => r.figure_ids));
  const sourceIds = data.figures.filter((f) => figureIds.has(f.id)).map((f) => f.source_id);
  const articlePath = (id: string) => sitePath(base, `articles/${id}/`);
  const rowSources = rows.map((r) => chartSources(data, r.source_ids, articlePath));
  return {
    spec,
    drawing: rows,
    title,
    takeaway,
    description,
    notes: extended ? [...CASUALTY_NOTES, `The axis runs to ${quarterLabel(endQuarter)}, the quarter of “${end.title}”, so quarters after the last report show as “No report found”.`] : CASUALTY_NOTES,
    sources: chartSources(data, sourceIds, articlePath),
    updated: data.updated,
    table: {
      caption: `${title}: the numbers drawn`,
      columns: ['Quarter', 'Perpetrator', 'As reported', 'Drawn as', 'Basis', 'Sources'],
      rows: rows.map((r, i) => [
        quarterLabel(r.quarter),
        r.role === 'total' || r.role === 'total-only'
          ? `${SERIES_LABELS.all}${r.role === 'total-only' ? ' (not broken down)' : ' (total)'}`
          : r.perpetrator_category
            ? SERIES_LABELS[r.perpetrator_category]
            : '',
        r.count ? formatCount(r.count) : GAP_WORDS[r.role as keyof typeof GAP_WORDS],
        r.drawn === null ? '—' : formatNumber(r.drawn),
        r.basis,
        rowSourceWords(rowSources[i]!, 'the quarter’s page'),
      ]),
      rowSources,
      // A row that counts its accounts instead of naming them links to its quarter's page, which
      // lists each of them (src/pages/quarters/: every quarter with an account has one).
      rowHrefs: rows.map((r, i) => (rowSources[i]!.length > ROW_SOURCES_NAMED ? sitePath(base, `quarters/${r.quarter}/`) : null)),
    },
    csvRecords: casualtyCsvRecords(rows),
    csvColumns: [...CASUALTY_CSV_COLUMNS],
    csvPath: sitePath(base, `charts/${spec.id}.csv`),
  };
}
