import { describe, expect, it } from 'vitest';
import { markKey } from '../../../src/tools/data-diff/chart-marks.ts';
import { diffCharts } from '../../../src/tools/data-diff/charts.ts';
import type { SiteData } from '../../../src/model/records.ts';

describe('chart marks', () => {
  it('names a mark by kind and id, else by quarter and category, else by its row', () => {
    expect(markKey({ kind: 'incident', id: 'moura-2022-03', as_reported: '300' }, 0)).toBe('incident moura-2022-03');
    expect(markKey({ figure_id: 'b-q1', scope: 'actor' }, 0)).toBe('b-q1');
    expect(markKey({ quarter: '2022-Q1', role: 'total', perpetrator_category: 'all' }, 0)).toBe('2022-Q1 · all');
    expect(markKey({ quarter: '2022-Q2', role: 'no-data', perpetrator_category: '' }, 0)).toBe('2022-Q2 · all');
    expect(markKey({ value: 1 }, 4)).toBe('row 5');
  });

  it('compares what is drawn, not the order of the records; names columns that change behind the same words', () => {
    const before = { quarterly: [] } as unknown as SiteData;
    const after = { quarterly: [] } as unknown as SiteData;
    const x = { key: '2022-Q1 · all', record: { as_reported: '543', drawn_value: 543, figure_ids: 'a' } };
    const y = { key: '2022-Q2 · all', record: { as_reported: 'more than 500', drawn_value: 500, figure_ids: 'b' } };
    const chart = (marks: (typeof x)[]) => [{ id: 'c', title: 'C', marks }];
    expect(diffCharts(before, after, (d) => chart(d === before ? [x, y] : [y, x])).charts).toEqual([]);
    const x2 = { ...x, record: { ...x.record, figure_ids: 'c' } };
    expect(diffCharts(before, after, (d) => chart(d === before ? [x, y] : [y, x2])).charts).toEqual([
      { id: 'c', title: 'C', status: 'changed', marks: [{ key: '2022-Q1 · all', before: '543, drawn 543; figure_ids a', after: '543, drawn 543; figure_ids c' }] },
    ]);
  });
});
