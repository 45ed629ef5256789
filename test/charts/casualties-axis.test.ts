import { describe, expect, it } from 'vitest';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { quarterAxis } from '../../src/charts/casualties/axis.ts';
import { quarterRange } from '../../src/pipeline/quarters.ts';
import { exact, q } from './helpers.ts';

const series = (first: string, last: string) => quarterRange(first, last).map((x) => q(x, 'all', exact(100 + x.length)));
const geometry = (first: string, last: string, layout: 'wide' | 'narrow') => casualtyGeometry(casualtyRows(series(first, last), { measure: 'killed', category: null }), { layout, base: '/' });

describe('the quarter axis', () => {
  it('names each quarter in full when there is room: "Q2 2021", no year band', () => {
    const g = geometry('2021-Q1', '2021-Q4', 'wide');
    expect(g.axis.mode).toBe('full');
    expect(g.axis.quarters.map((t) => t.label)).toEqual(['Q1 2021', 'Q2 2021', 'Q3 2021', 'Q4 2021']);
    expect(g.axis.years).toEqual([]);
  });
  it('with more quarters, "Q1"… under a year band, each year centred under its own quarters', () => {
    const g = geometry('2020-Q1', '2023-Q4', 'wide');
    expect(g.axis.mode).toBe('band');
    expect(g.axis.quarters.map((t) => t.label).slice(0, 5)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1']);
    expect(g.axis.years.map((y) => y.label)).toEqual(['2020', '2021', '2022', '2023']);
    const bars2021 = g.bars.filter((b) => b.quarter.startsWith('2021'));
    const y2021 = g.axis.years[1]!;
    expect(y2021.x).toBeCloseTo((bars2021[0]!.slot.x + bars2021.at(-1)!.slot.x + bars2021.at(-1)!.slot.w) / 2, 1);
    expect(g.axis.dividers).toHaveLength(3);
  });
  it('on a phone with sixteen quarters, Q1 and Q3 under the year band, every quarter still ticked', () => {
    const g = geometry('2020-Q1', '2023-Q4', 'narrow');
    expect(g.axis.mode).toBe('band');
    expect(new Set(g.axis.quarters.map((t) => t.label))).toEqual(new Set(['Q1', 'Q3']));
    expect(g.axis.ticks).toHaveLength(16);
    expect(g.axis.years.map((y) => y.label)).toEqual(['2020', '2021', '2022', '2023']);
  });
  it('never puts a bare year under a single quarter as if it were a quarter’s name', () => {
    for (const [a, b] of [['2019-Q4', '2023-Q4'], ['2012-Q1', '2023-Q4'], ['2021-Q4', '2022-Q2']] as const)
      for (const layout of ['wide', 'narrow'] as const) {
        const g = geometry(a, b, layout);
        for (const t of g.axis.quarters) expect(t.label).toMatch(/^Q[1-4]( \d{4})?$/);
        for (const y of g.axis.years) expect(y.x1 - y.x0).toBeGreaterThan(0);
      }
  });
  it('too many quarters to name: ticks and the year band, a partial year giving way to a whole one', () => {
    const a = quarterAxis(quarterRange('2011-Q4', '2023-Q4'), (x) => {
      const i = quarterRange('2011-Q4', '2023-Q4').indexOf(x);
      return { x0: 40 + i * 6, x1: 46 + i * 6 };
    }, { base: 200, fontSize: 11, width: 360 });
    expect(a.mode).toBe('years');
    expect(a.quarters).toEqual([]);
    // 2011 has one quarter (6 px): neither "2011" nor "’11" can clear 2012's label.
    expect(a.years.map((y) => y.label)).not.toContain('2011');
    expect(a.years.map((y) => y.label)).toContain('2012');
  });
});

describe('bars fill the frame', () => {
  it.each(['wide', 'narrow'] as const)('%s: the quarters’ slots run edge to edge of the plot, even with three quarters', (layout) => {
    const g = geometry('2021-Q4', '2022-Q2', layout);
    const first = g.bars[0]!;
    const last = g.bars.at(-1)!;
    expect(first.slot.x).toBeCloseTo(g.plot.x, 1);
    expect(last.slot.x + last.slot.w).toBeCloseTo(g.plot.x + g.plot.w, 1);
    // The bars themselves span most of the plot: no half-empty frame.
    expect(last.x + last.w - first.x).toBeGreaterThan(0.6 * g.plot.w);
  });
});
