import type { Count } from '../schema/count.ts';
import { formatCount, formatNumber } from '../format/count.ts';
import { interval } from '../evidence/ranges.ts';
import type { FigureRecord } from '../model/records.ts';
import { didYouMean } from './did-you-mean.ts';
import { problemAt } from './locate.ts';
import type { FigureDraft } from './normalise.ts';
import type { Problem } from './problem.ts';
import { previousQuarter, quarterSpan } from './quarters.ts';
import { pushTo } from '../lib/group.ts';
import { compare } from '../lib/compare.ts';

/**
 * Derives the numbers a source implies but does not state, each flagged `derived` with a
 * derivation a reader can check by hand:
 * - a share of a total becomes a count ("54% of at least 527" → about 285);
 * - a total minus its attributed parts becomes an `unattributed` remainder;
 * - a change from the previous quarter ("a 324% rise") gives that quarter's figure.
 * Percentages in reports are rounded to whole numbers, so a share's range allows ±0.5 points.
 */
export function deriveFigures(drafts: readonly FigureDraft[]): { figures: FigureRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, FigureDraft>();
  for (const d of drafts) {
    const twin = byId.get(d.record.id);
    if (twin) {
      problems.push(problemAt(d.article.parsed, ['figures', d.index, 'id'], 'error', {
        message: `the figure id "${d.record.id}" is already used`,
        expected: 'an id no other figure has',
        found: `"${d.record.id}", also at ${twin.article.file} figures[${twin.index}]`,
        hint: 'figure ids are unique across all articles: add the source or period to the id',
      }));
      continue;
    }
    byId.set(d.record.id, d);
  }
  const figures = new Map<string, FigureRecord>([...byId].map(([id, d]) => [id, { ...d.record }]));

  const ref = (d: FigureDraft, field: (string | number)[], id: string): FigureRecord | null => {
    const target = figures.get(id);
    if (target) return target;
    problems.push(problemAt(d.article.parsed, ['figures', d.index, ...field], 'error', {
      message: `unknown figure "${id}"`,
      expected: 'the id of a figure in this or another article',
      found: `"${id}"`,
      hint: didYouMean(id, figures.keys()) ?? 'check the id of the total this figure is part of',
    }));
    return null;
  };

  problems.push(...referenceLoops(byId));

  // Shares become counts.
  const partsOf = new Map<string, FigureRecord[]>();
  for (const d of byId.values()) {
    const f = figures.get(d.record.id)!;
    const totalId = f.share_of ?? f.part_of;
    if (!totalId || inLoop(byId, d.record.id)) continue;
    const total = ref(d, f.share_of ? ['share', 'of'] : ['part_of'], totalId);
    if (!total) continue;
    if (total.measure !== f.measure) {
      problems.push(problemAt(d.article.parsed, ['figures', d.index, 'measure'], 'error', {
        message: `a part must count the same thing as its total "${total.id}"`,
        expected: `measure: ${total.measure}`,
        found: `measure: ${f.measure}`,
        hint: 'measures are never mixed: victims, killed and violations are different totals',
      }));
      continue;
    }
    if (f.share_percent !== null) {
      if (!total.count) {
        problems.push(problemAt(d.article.parsed, ['figures', d.index, 'share', 'of'], 'error', {
          message: `"${total.id}" is itself a share; a share must be of a counted total`,
          expected: 'the id of a figure with a count',
          found: `"${total.id}"`,
          hint: null,
        }));
        continue;
      }
      f.count = shareCount(f.share_percent, 0.5, total.count);
      f.derived = true;
      f.derived_from = [total.id];
      f.derivation = `${f.share_percent}% of ${formatCount(total.count)} (${total.id}); the range allows for the percentage having been rounded (±0.5 points), so no single number is given`;
    }
    pushTo(partsOf, total.id, f);
  }

  const derived: FigureRecord[] = [];
  for (const [totalId, parts] of partsOf) {
    const total = figures.get(totalId)!;
    const d = byId.get(totalId)!;
    const percents = parts.map((p) => p.share_percent).filter((p): p is number => p !== null);
    const percentSum = percents.reduce((a, b) => a + b, 0);
    if (percentSum > 100) {
      problems.push(problemAt(d.article.parsed, ['figures', d.index], 'warning', {
        message: `the shares of "${totalId}" add up to more than 100%`,
        expected: 'shares of one total adding to 100% or less',
        found: `${percentSum}% (${parts.filter((p) => p.share_percent !== null).map((p) => `${p.id}: ${p.share_percent}%`).join(', ')})`,
        hint: 'check each percentage against the source; shares that overlap (a group and its category) should not both be listed',
      }));
    }
    const remainder = remainderFigure(total, parts);
    if (remainder === 'over') {
      problems.push(problemAt(d.article.parsed, ['figures', d.index], 'warning', {
        message: `the parts of "${totalId}" add up to more than the total`,
        expected: `parts adding up to no more than the total${total.count ? ` (${formatCount(total.count)})` : ''}`,
        found: parts.map((p) => `${p.id}: ${p.count ? formatCount(p.count) : '?'}`).join(', '),
        hint: 'check each number against the source: a part may be counted in two categories',
      }));
    } else if (remainder) derived.push(remainder);
  }

  for (const d of byId.values()) {
    const f = figures.get(d.record.id)!;
    const change = d.article.data.figures?.[d.index]?.change_from_previous_quarter;
    if (change && f.quarter && f.count) derived.push(previousQuarterFigure(f, f.quarter, f.count, change.percent));
  }

  const all = [...figures.values(), ...derived].sort((a, b) => compare(a.id, b.id));
  return { figures: all, problems };
}

/**
 * A percentage of a total, as a range: the percentage may have been rounded by ±`slack` points,
 * so the count is given as a range with no best estimate ("about 281–288"), never a midpoint.
 * Shares are of the number the source states (the 527 victims it recorded, even when it says
 * "at least 527"), as the source's percentages are.
 */
function shareCount(percent: number, slack: number, total: Count): Count {
  const base = total.best ?? total.low ?? total.high!;
  const low = Math.floor((base * Math.max(0, percent - slack)) / 100);
  const high = Math.ceil((base * Math.min(100, percent + slack)) / 100);
  return low === high ? { qualifier: 'exact', low, best: low, high } : { qualifier: 'about', low, best: null, high };
}

function remainderFigure(total: FigureRecord, parts: readonly FigureRecord[]): FigureRecord | 'over' | null {
  if (!total.count || parts.some((p) => !p.count)) return null;
  let count: Count;
  let how: string;
  if (parts.every((p) => p.share_percent !== null)) {
    // All parts are shares of this total: the rest is a share too, with every part's rounding.
    const percent = 100 - parts.reduce((s, p) => s + p.share_percent!, 0);
    if (percent < 0) return 'over';
    if (percent === 0) return null;
    count = shareCount(percent, 0.5 * parts.length, total.count);
    how = `100% minus the shares the source attributes (${parts.map((p) => `${p.share_percent}% ${p.id}`).join(', ')}) leaves ${formatNumber(percent)}% of ${formatCount(total.count)} (${total.id}); each share may have been rounded by ±0.5 points, hence the range`;
  } else {
    const t = interval(total.count);
    const lo = parts.reduce((s, p) => s + interval(p.count!).lo, 0);
    const hi = parts.reduce((s, p) => s + interval(p.count!).hi, 0);
    if (lo > t.hi) return 'over';
    const low = Math.max(0, t.lo - hi);
    const high = t.hi === Infinity ? null : t.hi - lo;
    if (high === 0) return null;
    count = high === null ? { qualifier: 'at-least', low, best: null, high: null } : low === high ? { qualifier: 'exact', low, best: low, high } : { qualifier: 'about', low, best: null, high };
    how = `${formatCount(total.count)} (${total.id}) minus the parts the source attributes (${parts.map((p) => `${formatCount(p.count!)} ${p.id}`).join(', ')})`;
  }
  return {
    ...total,
    id: `${total.id}-unattributed`,
    perpetrator_id: null,
    perpetrator_category: 'unattributed',
    actor_ids: [],
    count,
    share_percent: null,
    share_of: null,
    part_of: total.id,
    derived: true,
    derived_from: [total.id, ...parts.map((p) => p.id).sort()],
    derivation: `${how}: what the account we read does not attribute to anyone (the report itself may)`,
    definition: null,
    lead: null,
    denials: [],
    note: null,
  };
}

/** part_of or share.of pointing at the figure itself, or round in a loop: the total would count itself. */
function referenceLoops(byId: ReadonlyMap<string, FigureDraft>): Problem[] {
  const problems: Problem[] = [];
  for (const d of byId.values()) {
    if (!inLoop(byId, d.record.id)) continue;
    const field = d.record.share_of ? ['share', 'of'] : ['part_of'];
    const self = (d.record.share_of ?? d.record.part_of) === d.record.id;
    problems.push(problemAt(d.article.parsed, ['figures', d.index, ...field], 'error', {
      message: self ? 'a figure cannot be a part of itself' : `"${d.record.id}" is part of a loop of totals`,
      expected: 'the id of the total this figure is one part of',
      found: self ? `"${d.record.id}"` : loopPath(byId, d.record.id).map((id) => `"${id}"`).join(' → '),
      hint: 'name the figure for the larger total (e.g. the quarter\'s figure for all perpetrators), or remove the reference',
    }));
  }
  return problems;
}

function loopPath(byId: ReadonlyMap<string, FigureDraft>, start: string): string[] {
  const path = [start];
  let id = start;
  for (;;) {
    const d = byId.get(id);
    const next = d?.record.share_of ?? d?.record.part_of;
    if (!next || !byId.has(next)) return path;
    path.push(next);
    if (next === start || path.length > byId.size + 1) return path;
    id = next;
  }
}

function inLoop(byId: ReadonlyMap<string, FigureDraft>, id: string): boolean {
  const path = loopPath(byId, id);
  return path.length > 1 && path.at(-1) === id;
}

function previousQuarterFigure(f: FigureRecord, quarter: string, count: Count, percent: number): FigureRecord {
  const prev = previousQuarter(quarter);
  const factor = (p: number) => 1 + p / 100;
  let derivedCount: Count;
  if ((count.qualifier === 'more-than' || count.qualifier === 'at-least') && count.low !== null) {
    // X > 500 and X = Y × 4.24 (±0.005 for rounding) → Y > 500 / 4.245: the bound survives, no best.
    const bound = count.low / factor(percent + 0.5);
    derivedCount = count.qualifier === 'more-than'
      ? { qualifier: 'more-than', low: Math.floor(bound), best: null, high: null }
      : { qualifier: 'at-least', low: Math.ceil(bound), best: null, high: null };
  } else {
    // A range from the rounding of both the count and the percentage; no single number.
    const t = interval(count);
    const low = Math.floor(t.lo / factor(percent + 0.5));
    const high = t.hi === Infinity || percent - 0.5 <= -100 ? null : Math.ceil(t.hi / factor(percent - 0.5));
    derivedCount = high === null ? { qualifier: 'at-least', low, best: null, high: null } : low === high ? { qualifier: 'exact', low, best: low, high } : { qualifier: 'about', low, best: null, high };
  }
  return {
    ...f,
    id: `${f.id}-previous-quarter`,
    period: { ...quarterSpan(prev), precision: 'quarter' },
    quarter: prev,
    count: derivedCount,
    share_percent: null,
    share_of: null,
    part_of: null,
    derived: true,
    derived_from: [f.id],
    denials: [],
    derivation: `${formatCount(count)} in ${quarter} (${f.id}) was reported as a ${percent}% rise over ${prev}: ${prev} = ${quarter} ÷ ${factor(percent).toFixed(2)}, allowing ±0.5 points of rounding`,
    note: null,
  };
}
