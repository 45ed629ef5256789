import type { ActorRecord, FigureRecord } from '../../model/records.ts';
import { drawnValue, type Count } from '../../schema/count.ts';
import type { DatePrecision } from '../../schema/date.ts';
import { MEASURE_IDS, type Measure } from '../../schema/measure.ts';
import { formatCount } from '../../format/count.ts';

/**
 * An actor's chart shows two kinds of figure, kept visibly apart:
 * - scope `actor`: figures a source attributes to this actor by name (perpetrator_id = actor);
 * - scope `category`: figures for the actor's whole category with no actor named, which include
 *   this actor AND others in the category (drawn fainter and labelled so).
 * Shares and located figures are left out: the first have no count of their own until derived,
 * and derived ones are kept (flagged); figures about a place are not the actor's total.
 */
export type ActorRow = {
  figure_id: string;
  scope: 'actor' | 'category';
  measure: Measure;
  start: string;
  end: string;
  precision: DatePrecision;
  count: Count;
  drawn: number;
  derived: boolean;
  source_id: string;
  /** The report the figure's source relays (several outlets relaying one report are one voice). */
  report_id: string;
};

export function actorRows(actor: ActorRecord, figures: readonly FigureRecord[]): ActorRow[] {
  // Accounts of one report stating the same number for the same period are one voice: one mark.
  const seen = new Set<string>();
  const oneVoice = (f: FigureRecord) => {
    const key = `${f.report_id}|${f.measure}|${f.period.start}|${f.period.end}|${f.perpetrator_id ?? f.perpetrator_category}|${f.count!.qualifier}|${f.count!.low}|${f.count!.best}|${f.count!.high}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return [...figures]
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((f) => f.count && f.where.length === 0)
    .filter((f) => f.perpetrator_id === actor.id || (f.perpetrator_id === null && f.perpetrator_category === actor.category))
    .filter(oneVoice)
    .map((f) => ({
      figure_id: f.id,
      scope: f.perpetrator_id === actor.id ? ('actor' as const) : ('category' as const),
      measure: f.measure,
      start: f.period.start,
      end: f.period.end,
      precision: f.period.precision,
      count: f.count!,
      drawn: drawnValue(f.count!),
      derived: f.derived,
      source_id: f.source_id,
      report_id: f.report_id,
    }))
    .sort(
      (a, b) =>
        MEASURE_IDS.indexOf(a.measure) - MEASURE_IDS.indexOf(b.measure) ||
        a.start.localeCompare(b.start) ||
        a.figure_id.localeCompare(b.figure_id),
    );
}

/** The CSV header, in order: also written when the actor has no figures (never an empty download). */
export const ACTOR_CSV_COLUMNS = [
  'figure_id', 'scope', 'measure', 'start', 'end', 'date_precision', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported', 'basis', 'source_id',
];

export function actorCsvRecords(rows: readonly ActorRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    figure_id: r.figure_id,
    scope: r.scope,
    measure: r.measure,
    start: r.start,
    end: r.end,
    date_precision: r.precision,
    qualifier: r.count.qualifier,
    low: r.count.low ?? '',
    best: r.count.best ?? '',
    high: r.count.high ?? '',
    drawn_value: r.drawn,
    as_reported: formatCount(r.count),
    basis: r.derived ? 'derived' : 'reported',
    source_id: r.source_id,
  }));
}
