import { SeriesCategory } from '../schema/category.ts';
import { MEASURE_IDS } from '../schema/measure.ts';
import type { FigureRecord, QuarterlyRecord } from '../model/records.ts';
import { estimate } from '../evidence/estimate.ts';
import { drawnValue } from '../schema/count.ts';
import { pushTo } from '../lib/group.ts';
import { compare } from '../lib/compare.ts';

const CATEGORY_ORDER = SeriesCategory.options;

/**
 * The series the main chart draws: one row per quarter, perpetrator category and measure, taken
 * only from reported quarterly figures and what is derived from them. Never from incidents (they
 * are already inside the quarterly totals), never from periods longer or shorter than a quarter,
 * never mixing measures. A figure about one actor stays on that actor's page. When reported and
 * derived values meet in one cell the reported one wins; several claims become one estimate by
 * the rules of src/evidence/estimate.ts (accounts of one report are one voice; disagreement is
 * an envelope, never a median).
 * A figure for one actor stands for its category when nothing broader is given (MINUSMA's
 * "Malian forces" are the state-forces category in a quarter's breakdown).
 */
export function quarterlySeries(figures: readonly FigureRecord[], name: (sourceId: string) => string): QuarterlyRecord[] {
  const cells = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (!f.quarter || !f.count || f.where.length > 0) continue;
    const key = `${f.quarter}|${f.measure}|${f.perpetrator_category}`;
    pushTo(cells, key, f);
  }
  const rows: QuarterlyRecord[] = [];
  for (const all of cells.values()) {
    // A figure for the whole category wins over one for an actor in it. One actor's figure stands
    // for its category only when it is the only one: two actors' figures are not summed here.
    const broad = all.filter((f) => f.perpetrator_id === null || f.perpetrator_id === 'all');
    const list = broad.length ? broad : new Set(all.map((f) => f.perpetrator_id)).size === 1 ? all : [];
    if (list.length === 0) continue;
    const reported = list.filter((f) => !f.derived);
    const used = reported.length ? reported : list;
    const count = estimate(
      used.map((f) => ({ source_id: f.source_id, report_id: f.report_id, figure_id: f.id, by: name(f.source_id), count: f.count!, derived: f.derived, lead: f.lead })),
      (c) => c.by,
    )!;
    const first = used[0]!;
    const denials = used.flatMap((f) => f.denials);
    rows.push({
      quarter: first.quarter!,
      perpetrator_category: first.perpetrator_category,
      measure: first.measure,
      count,
      basis: reported.length ? 'reported' : 'derived',
      figure_ids: used.map((f) => f.id).sort(),
      denials: denials.filter((d, i) => denials.indexOf(d) === i),
      definition: used.map((f) => f.definition).find((d) => d !== null) ?? null,
      parts_exceed_total: false,
    });
  }
  // A stack never silently exceeds its drawn total: flag the total so every chart says so.
  for (const total of rows) {
    if (total.perpetrator_category !== 'all') continue;
    const parts = rows.filter((r) => r.quarter === total.quarter && r.measure === total.measure && r.perpetrator_category !== 'all');
    total.parts_exceed_total = parts.length > 0 && parts.reduce((s, r) => s + drawnValue(r.count), 0) > drawnValue(total.count);
  }
  return rows.sort(
    (a, b) =>
      compare(a.quarter, b.quarter) ||
      MEASURE_IDS.indexOf(a.measure) - MEASURE_IDS.indexOf(b.measure) ||
      CATEGORY_ORDER.indexOf(a.perpetrator_category) - CATEGORY_ORDER.indexOf(b.perpetrator_category),
  );
}
