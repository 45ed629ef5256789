import type { EventRecord, FigureRecord, IncidentRecord } from '../../model/records.ts';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { drawnValue, type Count } from '../../schema/count.ts';
import type { DatePrecision } from '../../schema/date.ts';
import { MEASURE_LABELS, type Measure } from '../../schema/measure.ts';
import { countCsvColumns } from '../count-marks.ts';

/**
 * One row per mark on the timeline:
 * - incident: a point sized by people killed (hollow when it has no count of its own);
 * - period: a figure whose period is not one calendar quarter, drawn as a span;
 * - event: a context event, drawn as an annotation.
 */
export type TimelineRow = {
  kind: 'incident' | 'period' | 'event';
  id: string;
  title: string;
  start: string;
  end: string;
  precision: DatePrecision;
  category: SeriesCategory | '';
  measure: Measure | '';
  count: Count | null;
  /** The number that sizes the point (killed: best, else low); null when the mark is not sized. */
  drawn: number | null;
  /** Why an incident is drawn hollow and small: its victims are counted elsewhere, or no count. */
  hollow: '' | 'same-victims' | 'no-count';
  same_victims_as: string;
  source_ids: string[];
  /** Whose count sizes the mark ("Human Rights Watch (via …)"), or the claims an envelope spans. */
  credit: string;
  /** Who denies the incident or one of its claims. */
  denied_by: string[];
};

export function timelineRows(
  incidents: readonly IncidentRecord[],
  figures: readonly FigureRecord[],
  events: readonly EventRecord[],
  category: SeriesCategory | null = null,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const i of incidents) {
    // An incident attributed to several categories sits in the first one's lane.
    const cat = i.perpetrator_categories[0] ?? 'unidentified';
    if (category && !i.perpetrator_categories.includes(category as never) && cat !== category) continue;
    const killed = i.counts.killed ?? null;
    const hollow = i.same_victims_as ? 'same-victims' : killed ? '' : 'no-count';
    rows.push({
      kind: 'incident',
      id: i.id,
      title: i.title,
      start: i.date.start,
      end: i.date.end,
      precision: i.date.precision,
      category: cat,
      measure: killed ? 'killed' : '',
      count: killed,
      // best estimate, else the lower bound; never the upper bound alone (it would overstate).
      drawn: hollow || !killed ? null : (killed.best ?? killed.low ?? null),
      hollow,
      same_victims_as: i.same_victims_as ?? '',
      source_ids: i.source_ids,
      credit: killed ? [...new Set(killed.claims.filter((c) => c.used).map((c) => c.by))].join('; ') : '',
      denied_by: [...new Set(i.denials.map((d) => d.by))].sort(),
    });
  }
  for (const f of figures) {
    if (f.quarter !== null || f.count === null || f.where.length > 0) continue;
    if (category && f.perpetrator_category !== category) continue;
    rows.push({
      kind: 'period',
      id: f.id,
      title: `${MEASURE_LABELS[f.measure]}, ${SERIES_LABELS[f.perpetrator_category].toLowerCase()}`,
      start: f.period.start,
      end: f.period.end,
      precision: f.period.precision,
      category: f.perpetrator_category,
      measure: f.measure,
      count: f.count,
      drawn: drawnValue(f.count),
      hollow: '',
      same_victims_as: '',
      source_ids: [f.source_id],
      credit: '',
      denied_by: [...new Set(f.denials.map((d) => d.by))].sort(),
    });
  }
  for (const e of events) {
    rows.push({
      kind: 'event',
      id: e.id,
      title: e.title,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      category: '',
      measure: '',
      count: null,
      drawn: null,
      hollow: '',
      same_victims_as: '',
      credit: '',
      denied_by: [],
      source_ids: [e.source_id],
    });
  }
  const order = { event: 0, period: 1, incident: 2 };
  return rows.sort((a, b) => a.start.localeCompare(b.start) || order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
}

export function timelineCsvRecords(rows: readonly TimelineRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: r.title,
    start: r.start,
    end: r.end,
    date_precision: r.precision,
    perpetrator_category: r.category,
    measure: r.measure,
    ...countCsvColumns(r.count, r.drawn),
    drawn_hollow: r.hollow,
    same_victims_as: r.same_victims_as,
    source_ids: r.source_ids.join(' '),
    denied_by: r.denied_by.join('; '),
  }));
}
