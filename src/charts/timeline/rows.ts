import type { DenialRecord, EventRecord, FigureRecord, IncidentRecord } from '../../model/records.ts';
import { denierNames } from '../../model/denial-voices.ts';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { drawnValue, type Count } from '../../schema/count.ts';
import type { DatePrecision } from '../../schema/date.ts';
import { MEASURE_LABELS, type Measure } from '../../schema/measure.ts';
import { countCsvColumns } from '../count-marks.ts';

/**
 * One row per mark on the timeline:
 * - incident: a point sized by people killed (hollow when it has no count of its own);
 * - period: a figure of people killed whose period is not one calendar quarter, drawn as a
 *   labelled bar (one bar per distinct claim: outlets relaying one number are one bar, credited
 *   to every source). Other measures (injured, abducted, homes destroyed…) are never drawn here:
 *   the timeline is a chart of people killed, and measures are never mixed in one chart;
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
  /** The title of the incident whose count holds this one's victims: readers see titles, not ids. */
  same_victims_title: string;
  source_ids: string[];
  /** Whose count sizes the mark ("Human Rights Watch (via …)"), or the claims an envelope spans. */
  credit: string;
  /** Who denies the incident or one of its claims. */
  denied_by: string[];
  /** A period figure computed by us from what a source states (flagged wherever it is shown). */
  derived: boolean;
};

/** The one measure the timeline draws: the dots are sized by it and the period bars state it. */
export const TIMELINE_MEASURE = 'killed' as const;

export function timelineRows(
  incidents: readonly IncidentRecord[],
  figures: readonly FigureRecord[],
  events: readonly EventRecord[],
  category: SeriesCategory | null = null,
  /** Who stated each source's figures, for the period bars' credit (source id → name). */
  credits: ReadonlyMap<string, string> = new Map(),
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const titles = new Map(incidents.map((i) => [i.id, i.title]));
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
      same_victims_title: i.same_victims_as ? (titles.get(i.same_victims_as) ?? 'another incident on record') : '',
      source_ids: i.source_ids,
      credit: killed ? [...new Set(killed.claims.filter((c) => c.used).map((c) => c.by))].join('; ') : '',
      denied_by: denierNames(i.denials),
      derived: false,
    });
  }
  // Period figures of people killed, one row per distinct claim: the same number for the same
  // span and category relayed by several outlets (or repeated by one source) is one bar.
  const periods = new Map<string, TimelineRow>();
  const periodDenials = new Map<string, DenialRecord[]>();
  for (const f of figures) {
    if (f.quarter !== null || f.count === null || f.where.length > 0 || f.measure !== TIMELINE_MEASURE) continue;
    if (category && f.perpetrator_category !== category) continue;
    const key = [f.period.start, f.period.end, f.perpetrator_category, JSON.stringify(f.count), f.derived].join('|');
    const credit = credits.get(f.source_id) ?? '';
    const seen = periods.get(key);
    if (seen) {
      seen.source_ids = [...new Set([...seen.source_ids, f.source_id])];
      seen.credit = [...new Set([...seen.credit.split('; ').filter(Boolean), credit].filter(Boolean))].join('; ');
      periodDenials.get(key)!.push(...f.denials);
      seen.denied_by = denierNames(periodDenials.get(key)!);
      continue;
    }
    const row: TimelineRow = {
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
      same_victims_title: '',
      source_ids: [f.source_id],
      credit,
      denied_by: denierNames(f.denials),
      derived: f.derived,
    };
    periods.set(key, row);
    periodDenials.set(key, [...f.denials]);
    rows.push(row);
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
      same_victims_title: '',
      credit: '',
      denied_by: [],
      derived: false,
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
    credit: r.credit,
    denied_by: r.denied_by.join('; '),
    derived: r.derived ? 'yes' : '',
  }));
}
