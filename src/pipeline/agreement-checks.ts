import type { ArticleFrontMatter } from '../schema/article.ts';
import { formatCount, formatNumber } from '../format/count.ts';
import type { FigureRecord, IncidentRecord, QuarterlyRecord } from '../model/records.ts';
import { agree, interval } from '../evidence/ranges.ts';
import { compare } from '../lib/compare.ts';
import type { Loaded } from './load-content.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';
import { quarterOf, quarterRange } from './quarters.ts';

type Article = Loaded<ArticleFrontMatter>;

/**
 * Numbers that should agree and don't, compared as ranges with their qualifiers ("543" agrees
 * with "more than 500"; "512" and "543" don't). Each warning lands on the article that introduced
 * the difference (the one added later), and stops once that article acknowledges it with a reason.
 * - Two stated figures for the same quarter, measure and perpetrator that cannot both be right.
 * - A total for whole quarters (a half-year, a year) against the sum of its quarters, allowing
 *   1% for rounding and the incidents it says it excludes.
 */
export function agreementChecks(input: {
  articles: readonly Article[];
  figures: readonly FigureRecord[];
  quarterly: readonly QuarterlyRecord[];
  incidents: readonly IncidentRecord[];
}): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(input.articles.map((a) => [a.data.id, a]));
  const where = (f: FigureRecord) => {
    const a = byId.get(f.source_id)!;
    const index = (a.data.figures ?? []).findIndex((x) => x.id === f.id);
    return { a, index, acknowledged: a.data.figures?.[index]?.acknowledged ?? [] };
  };
  const acknowledges = (f: FigureRecord, other: string) => where(f).acknowledged.some((k) => k.with === other);

  // 1. Stated figures for one cell that cannot both be right.
  const cells = new Map<string, FigureRecord[]>();
  for (const f of input.figures) {
    if (f.derived || !f.quarter || !f.count || f.where.length) continue;
    const key = `${f.quarter}|${f.measure}|${f.perpetrator_id ?? f.perpetrator_category}`;
    cells.set(key, [...(cells.get(key) ?? []), f]);
  }
  for (const list of cells.values()) {
    const ordered = [...list].sort((x, y) => compare(addedOf(byId, x), addedOf(byId, y)) || compare(x.source_id, y.source_id) || compare(x.id, y.id));
    for (const [i, newer] of ordered.entries()) {
      for (const older of ordered.slice(0, i)) {
        if (agree(newer.count!, older.count!) || acknowledges(newer, older.id) || acknowledges(older, newer.id)) continue;
        const { a, index } = where(newer);
        problems.push(problemAt(a.parsed, ['figures', index, 'count'], 'warning', {
          message: `this figure cannot agree with ${older.id} (${older.source_id}) on ${newer.quarter} (${newer.measure}, ${newer.perpetrator_id ?? newer.perpetrator_category})`,
          expected: `a number consistent with ${formatCount(older.count!)}`,
          found: formatCount(newer.count!),
          hint: `check both against their sources; if both stand (a revised count, a different definition), keep both and add acknowledged: [{ with: ${older.id}, reason: "…" }] to this figure; the site shows both numbers`,
        }));
      }
    }
  }

  // 2. Totals for whole quarters against their quarters.
  for (const f of input.figures) {
    if (f.derived || f.quarter || !f.count || f.where.length || f.perpetrator_category !== 'all') continue;
    const first = quarterOf(f.period.start);
    const last = quarterOf(f.period.end);
    const quarters = quarterRange(first, last);
    if (quarters.length < 2 || !startsQuarter(f.period.start) || !endsQuarter(f.period.end)) continue;
    const rows = quarters.map((q) => input.quarterly.find((r) => r.quarter === q && r.measure === f.measure && r.perpetrator_category === 'all'));
    if (rows.some((r) => !r) || acknowledges(f, 'quarters')) continue;
    const lo = rows.reduce((s, r) => s + interval(r!.count).lo, 0);
    const hi = rows.reduce((s, r) => s + interval(r!.count).hi, 0);
    const { a, index } = where(f);
    const excluded = (a.data.figures?.[index]?.excludes ?? []).map((id) => input.incidents.find((i) => i.id === id)?.counts[harmOf(f.measure)] ?? null);
    const excludedHi = excluded.reduce((s, c) => s + (c ? interval(c).hi : 0), 0);
    const slack = Math.max(1, Math.ceil(hi === Infinity ? lo * 0.01 : hi * 0.01));
    const t = interval(f.count);
    const fits = t.lo <= hi + slack && lo - excludedHi - slack <= t.hi;
    if (fits) continue;
    const sum = rows.map((r) => `${r!.quarter} ${formatCount(r!.count)}`).join(' + ');
    problems.push(problemAt(a.parsed, ['figures', index, 'count'], 'warning', {
      message: `this total does not match the sum of its quarters (${f.measure}, ${first} to ${last})`,
      expected: `${hi === Infinity ? `at least ${formatNumber(lo)}` : lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`} (${sum})${excludedHi ? `, less up to ${formatNumber(excludedHi)} for the incidents it excludes` : ''}`,
      found: formatCount(f.count),
      hint: 'check the total and each quarter against their sources; if the source says the total leaves something out, add excludes: [incident-id]; if both stand, add acknowledged: [{ with: quarters, reason: "…" }]',
    }));
  }
  return problems;
}

function addedOf(byId: ReadonlyMap<string, Article>, f: FigureRecord): string {
  return byId.get(f.source_id)!.data.added;
}

function startsQuarter(day: string): boolean {
  return /-(01|04|07|10)-01$/.test(day);
}
function endsQuarter(day: string): boolean {
  return /-(03-31|06-30|09-30|12-31)$/.test(day);
}
function harmOf(measure: string): 'killed' | 'injured' | 'abducted' | 'detained' | 'sexual-violence' {
  return (['killed', 'injured', 'abducted', 'detained', 'sexual-violence'].includes(measure) ? measure : 'killed') as never;
}
