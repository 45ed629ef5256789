import type { DenialRecord, QuarterlyRecord } from '../../model/records.ts';
import { CATEGORY_IDS, UNATTRIBUTED, type SeriesCategory } from '../../schema/category.ts';
import { drawnValue, type Count } from '../../schema/count.ts';
import type { Measure } from '../../schema/measure.ts';
import { countCsvColumns } from '../count-marks.ts';
import { quarterRange } from '../../pipeline/quarters.ts';
import { denierNames } from '../../model/denial-voices.ts';

/** Stack order, bottom to top: the fixed categories, then the part a report left unattributed. */
export const STACK_ORDER: readonly SeriesCategory[] = [...CATEGORY_IDS, UNATTRIBUTED];

/**
 * What one row of the main chart is:
 * - segment: one category's part of a quarter's stacked bar;
 * - total: the all-perpetrators total drawn as a tick over a broken-down bar;
 * - total-only: a quarter with only an all-perpetrators total (one neutral bar);
 * - no-data: a quarter without any report (a labelled gap, never zero);
 * - not-broken-down / not-reported: in a one-category view, a quarter with data but none for it.
 */
export const ROW_ROLES = ['segment', 'total', 'total-only', 'no-data', 'not-broken-down', 'not-reported'] as const;
export type RowRole = (typeof ROW_ROLES)[number];

/** One row per thing the chart draws: the CSV, the table and the geometry all read these rows. */
export type CasualtyRow = {
  quarter: string;
  role: RowRole;
  perpetrator_category: SeriesCategory | '';
  measure: Measure;
  count: Count | null;
  /** The number drawn: best estimate, else lower bound, else upper bound; null for gaps. */
  drawn: number | null;
  basis: 'reported' | 'derived' | '';
  figure_ids: string[];
  /** How the value was made: one claim, agreeing reports, the editors' lead, or an envelope. */
  method: QuarterlyRecord['count']['method'] | '';
  /**
   * Who denies it (a denial travels with every record it covers): one entry per voice, so outlets
   * relaying one statement are one entry naming every name they use (src/model/denial-voices.ts).
   */
  denied_by: string[];
  /** The denials themselves, for naming each voice once across rows (the takeaway). */
  denials: DenialRecord[];
  /** Set when the value counts by a different definition: not like for like. */
  definition: string | null;
  /** On a total: its quarter's parts add up to more than it, as drawn. */
  parts_exceed_total: boolean;
  /** Whose numbers these are: the claims shown, as "MINUSMA (via Reuters)". */
  credit: string;
  /** The accounts (articles' source ids) whose claims make the value shown; empty for a gap. */
  source_ids: string[];
};

export type CasualtyParams = {
  measure: Measure;
  category: SeriesCategory | null;
  /** A quarter the axis must reach even past the data (see domain.ts); null: the data's last quarter. */
  through?: string | null;
  /** The account each figure comes from, for rows whose estimate lists no claim. */
  figureSource?: ReadonlyMap<string, string>;
};

export function casualtyRows(quarterly: readonly QuarterlyRecord[], params: CasualtyParams): CasualtyRow[] {
  const mine = quarterly.filter((r) => r.measure === params.measure);
  if (mine.length === 0) return [];
  const quarters = [...new Set(mine.map((r) => r.quarter))].sort();
  const out: CasualtyRow[] = [];
  const gap = (quarter: string, role: RowRole): CasualtyRow => ({
    quarter,
    role,
    perpetrator_category: params.category ?? '',
    measure: params.measure,
    count: null,
    drawn: null,
    basis: '',
    figure_ids: [],
    method: '',
    denied_by: [],
    denials: [],
    definition: null,
    parts_exceed_total: false,
    credit: '',
    source_ids: [],
  });
  const row = (r: QuarterlyRecord, role: RowRole): CasualtyRow => ({
    quarter: r.quarter,
    role,
    perpetrator_category: r.perpetrator_category,
    measure: r.measure,
    count: r.count,
    drawn: drawnValue(r.count),
    basis: r.basis,
    figure_ids: r.figure_ids,
    method: r.count.method,
    denied_by: denierNames(r.denials),
    denials: r.denials,
    definition: r.definition,
    parts_exceed_total: r.parts_exceed_total,
    credit: [...new Set(r.count.claims.filter((c) => c.used).map((c) => c.by))].join('; '),
    source_ids: sourcesOf(r, params.figureSource),
  });
  // The axis runs to the data's last quarter, or further to `through` (never shorter).
  const last = params.through && params.through > quarters.at(-1)! ? params.through : quarters.at(-1)!;
  for (const q of quarterRange(quarters[0]!, last)) {
    const inQ = mine.filter((r) => r.quarter === q);
    const total = inQ.find((r) => r.perpetrator_category === 'all');
    const parts = STACK_ORDER.flatMap((c) => inQ.filter((r) => r.perpetrator_category === c));
    if (inQ.length === 0) {
      out.push(gap(q, 'no-data'));
    } else if (params.category) {
      const own = parts.find((r) => r.perpetrator_category === params.category);
      out.push(own ? row(own, 'segment') : gap(q, parts.length ? 'not-reported' : 'not-broken-down'));
    } else if (parts.length) {
      out.push(...parts.map((r) => row(r, 'segment')));
      if (total) out.push(row(total, 'total'));
    } else {
      out.push(row(total!, 'total-only'));
    }
  }
  return out;
}

/** The accounts behind a value: the claims shown, else the figures' own accounts; sorted, distinct. */
function sourcesOf(r: QuarterlyRecord, figureSource: ReadonlyMap<string, string> | undefined): string[] {
  const claimed = r.count.claims.filter((c) => c.used).map((c) => c.source_id);
  const fromFigures = r.figure_ids.flatMap((id) => figureSource?.get(id) ?? []);
  return [...new Set(claimed.length ? claimed : fromFigures)].sort();
}

/** A gap's words in the table and CSV ("no report found", not "no data": it is not zero). */
export const GAP_WORDS: Record<Exclude<RowRole, 'segment' | 'total' | 'total-only'>, string> = {
  'no-data': 'no report found',
  'not-broken-down': 'not broken down',
  'not-reported': 'not reported',
};
const gapWords = (r: CasualtyRow) => (r.role in GAP_WORDS ? GAP_WORDS[r.role as keyof typeof GAP_WORDS] : '');

/** The CSV header, in order: also written when a chart has no rows (never an empty download). */
export const CASUALTY_CSV_COLUMNS = [
  'quarter', 'role', 'perpetrator_category', 'measure', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported',
  'basis', 'figure_ids', 'method', 'denied_by', 'definition', 'parts_exceed_total', 'source_ids',
] as const;

/** The CSV columns, in words a spreadsheet reader can follow; the bound stays in `as_reported`. */
export function casualtyCsvRecords(rows: readonly CasualtyRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    quarter: r.quarter,
    role: r.role,
    perpetrator_category: r.perpetrator_category,
    measure: r.measure,
    ...countCsvColumns(r.count, r.drawn, gapWords(r)),
    basis: r.basis,
    figure_ids: r.figure_ids.join(' '),
    method: r.method,
    denied_by: r.denied_by.join('; '),
    definition: r.definition ?? '',
    parts_exceed_total: r.parts_exceed_total ? 'yes' : '',
    // Added at the end (a compatible change, docs/data-contract.md): the accounts behind the row.
    source_ids: r.source_ids.join(' '),
  }));
}
