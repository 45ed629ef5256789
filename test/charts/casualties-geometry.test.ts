import { describe, expect, it } from 'vitest';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyTakeaway } from '../../src/charts/casualties/takeaway.ts';
import { SMALL, round } from './helpers.ts';

const rows = casualtyRows(SMALL, { measure: 'killed', category: null });
const g = casualtyGeometry(rows, { layout: 'wide', base: '/' });
const bar = (quarter: string) => g.bars.find((b) => b.quarter === quarter)!;

describe('casualties rows', () => {
  it('covers every quarter from the first to the last with data, one measure only', () => {
    expect([...new Set(rows.map((r) => r.quarter))]).toEqual(['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4']);
    expect(rows.every((r) => r.measure === 'killed')).toBe(true);
  });
  it('marks a quarter without a report as no data, never zero', () => {
    const q2 = rows.filter((r) => r.quarter === '2021-Q2');
    expect(q2).toHaveLength(1);
    expect(q2[0]).toMatchObject({ role: 'no-data', drawn: null, count: null });
  });
  it('draws a lone total as one total-only bar, and a total over a breakdown as a tick', () => {
    expect(rows.filter((r) => r.quarter === '2021-Q1').map((r) => r.role)).toEqual(['total-only']);
    expect(rows.filter((r) => r.quarter === '2021-Q3').map((r) => r.role)).toEqual(['segment', 'segment', 'segment', 'total']);
  });
  it('in a one-category view, says why a quarter has no bar', () => {
    const state = casualtyRows(SMALL, { measure: 'killed', category: 'state-forces' });
    expect(state.map((r) => [r.quarter, r.role])).toEqual([
      ['2021-Q1', 'not-broken-down'],
      ['2021-Q2', 'no-data'],
      ['2021-Q3', 'segment'],
      ['2021-Q4', 'segment'],
    ]);
  });
});

describe('casualties geometry', () => {
  it('stacks in the fixed category order, bottom to top, with heights in proportion', () => {
    const s = bar('2021-Q3').segments;
    expect(s.map((x) => x.category)).toEqual(['extremist-armed-groups', 'state-forces', 'unattributed']);
    // Each segment sits on the one below it.
    expect(round(s[0]!.y)).toBe(round(s[1]!.y + s[1]!.h));
    expect(round(s[1]!.y)).toBe(round(s[2]!.y + s[2]!.h));
    // 60 : 10 : 20 (the range 10–30 draws its lower bound).
    expect(round((s[0]!.h / s[1]!.h) * 10)).toBe(60);
    expect(round((s[2]!.h / s[1]!.h) * 10)).toBe(20);
    expect(s.map((x) => x.value)).toEqual([60, 10, 20]);
  });
  it('flags derived segments and lower bounds', () => {
    const s = bar('2021-Q3').segments;
    expect(s.map((x) => x.derived)).toEqual([false, false, true]);
    expect(bar('2021-Q4').segments[0]!.open).toBe(true);
    expect(bar('2021-Q4').openTop).not.toBeNull();
    expect(bar('2021-Q3').openTop).toBeNull();
  });
  it('draws a range as a whisker from the segment’s own base', () => {
    const s = bar('2021-Q3').segments[1]!;
    const base = s.y + s.h; // y of 60
    const perUnit = s.h / 10;
    expect(s.whisker).not.toBeNull();
    expect(round(base - s.whisker!.y1)).toBe(round(10 * perUnit));
    expect(round(base - s.whisker!.y2)).toBe(round(30 * perUnit));
    expect(bar('2021-Q3').segments[0]!.whisker).toBeNull();
  });
  it('puts the reported total as a tick and labels bars with the bound kept', () => {
    const b = bar('2021-Q3');
    expect(round(b.tick!.y)).toBe(round(b.segments[2]!.y));
    expect(b.topLabel?.text).toBe('90');
    expect(bar('2021-Q1').kind).toBe('total-only');
    expect(bar('2021-Q1').topLabel?.text).toBe('≥100');
    expect(bar('2021-Q1').segments[0]!.category).toBe('all');
  });
  it('draws the no-data quarter as a labelled gap, not a bar', () => {
    expect(g.bars.map((b) => b.quarter)).toEqual(['2021-Q1', '2021-Q3', '2021-Q4']);
    expect(g.gaps).toHaveLength(1);
    expect(g.gaps[0]).toMatchObject({ kind: 'no-data', quarters: ['2021-Q2'], label: 'No report found' });
    expect(g.gaps[0]!.x).toBeGreaterThan(bar('2021-Q1').x);
    expect(g.gaps[0]!.x).toBeLessThan(bar('2021-Q3').x);
  });
  it('links each bar to its quarter page under the base path', () => {
    expect(bar('2021-Q3').href).toBe('/quarters/2021-Q3/');
    const based = casualtyGeometry(rows, { layout: 'wide', base: '/mali/' });
    expect(based.bars[0]!.href).toBe('/mali/quarters/2021-Q1/');
  });
  it('keeps the y axis above the highest range end', () => {
    const top = Math.max(...g.yTicks.map((t) => Number(t.label.replace(/,/g, ''))));
    expect(top).toBeGreaterThanOrEqual(100);
  });
  it('narrow layout: x labels never overlap', () => {
    const n = casualtyGeometry(rows, { layout: 'narrow', base: '/' });
    expect(n.width).toBe(360);
    const xs = n.xTicks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(n.xTicks[i]!.label.length * n.fontSize * 0.6);
  });
  it('computes the takeaway from the rows, with the bound kept', () => {
    expect(casualtyTakeaway(rows, 'killed', null)).toMatch(/^The highest quarter a source states is Q1 2021, with at least 100 civilians killed/);
    expect(casualtyTakeaway(rows, 'killed', null)).toContain('3 of the 4 quarters shown have numbers a source states');
  });
  it('draws nothing, not zeros, for a measure without data', () => {
    const none = casualtyGeometry(casualtyRows(SMALL, { measure: 'injured', category: null }), { layout: 'wide', base: '/' });
    expect(none.empty).toBe(true);
    expect(none.bars).toHaveLength(0);
  });
});
