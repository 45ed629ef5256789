import type { QuarterlyRecord } from '../../src/model/records.ts';
import type { Count } from '../../src/schema/count.ts';
import type { Estimate } from '../../src/model/estimate.ts';
import { formatCount } from '../../src/format/count.ts';

/** Small hand-made inputs for the chart geometry tests. */
export const exact = (n: number): Count => ({ qualifier: 'exact', low: n, best: n, high: n });
export const atLeast = (n: number): Count => ({ qualifier: 'at-least', low: n, best: null, high: null });
export const between = (low: number, high: number): Count => ({ qualifier: 'between', low, best: null, high });
export const about = (n: number): Count => ({ qualifier: 'about', low: null, best: n, high: null });

/** One claim's count as the pipeline passes it on: a single-claim estimate. */
export const single = (c: Count): Estimate => ({ ...c, method: 'single', text: formatCount(c), rule: null, accounts_disagree: false, report_ids: ['s'], claims: [] });

export function q(
  quarter: string,
  perpetrator_category: QuarterlyRecord['perpetrator_category'],
  count: Count,
  basis: QuarterlyRecord['basis'] = 'reported',
  measure: QuarterlyRecord['measure'] = 'killed',
): QuarterlyRecord {
  return { quarter, perpetrator_category, measure, count: single(count), basis, figure_ids: [`${quarter}-${perpetrator_category}`], denials: [], definition: null, parts_exceed_total: false };
}

/**
 * 2021-Q1: only an all-perpetrators total, "at least 100" (one neutral bar, open top);
 * 2021-Q2: no report (a gap); 2021-Q3: extremists 60, state forces 10–30, about 20 unattributed
 * (derived), and a total of 90; 2021-Q4: state forces at least 40. Plus a victims row that must
 * never appear in the killed chart.
 */
export const SMALL: QuarterlyRecord[] = [
  q('2021-Q1', 'all', atLeast(100)),
  q('2021-Q3', 'extremist-armed-groups', exact(60)),
  q('2021-Q3', 'state-forces', between(10, 30)),
  q('2021-Q3', 'unattributed', about(20), 'derived'),
  q('2021-Q3', 'all', exact(90)),
  q('2021-Q4', 'state-forces', atLeast(40)),
  q('2021-Q3', 'all', exact(999), 'reported', 'victims'),
];

export const round = (n: number) => Math.round(n);
