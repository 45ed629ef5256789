import { describe, expect, it } from 'vitest';
import type { EventRecord, FigureRecord, IncidentRecord } from '../../src/model/records.ts';
import { timelineRows } from '../../src/charts/timeline/rows.ts';
import { timelineGeometry } from '../../src/charts/timeline/geometry.ts';
import { atLeast, exact, round, single } from './helpers.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
function incident(id: string, date: IncidentRecord['date'], cat: IncidentRecord['perpetrator_categories'][number], killed?: ReturnType<typeof exact>, same?: string): IncidentRecord {
  return {
    id, title: id, date, date_note: null, place_id: 'p', perpetrator_ids: [], perpetrator_categories: [cat], description: '',
    counts: killed ? { killed: single(killed) } : {}, people_counts: {}, attributions: [], denials: [], report_ids: ['s'], status: 'reported', same_victims_as: same ?? null, claims: [], source_ids: ['s'],
  };
}
const incidents = [
  incident('big', day('2022-04-19'), 'state-forces', exact(100)),
  incident('small', day('2022-01-01'), 'extremist-armed-groups', atLeast(25)),
  incident('echo', day('2022-04-20'), 'state-forces', undefined, 'big'),
  incident('ranged', { start: '2022-03-01', end: '2022-03-31', precision: 'month' }, 'state-forces', exact(4)),
];
const period: FigureRecord = {
  id: 'hrw', period: { start: '2022-05-01', end: '2022-12-31', precision: 'day' }, quarter: null, perpetrator_id: null,
  perpetrator_category: 'state-forces', measure: 'killed', count: atLeast(300), share_percent: null, share_of: null, part_of: null,
  where: [], derived: false, derivation: null, derived_from: [], note: null, source_id: 's',
  actor_ids: [], report_id: 's', definition: null, lead: null, denials: [],
};
const quarterly: FigureRecord = { ...period, id: 'q', quarter: '2022-Q2', period: { start: '2022-04-01', end: '2022-06-30', precision: 'quarter' } };
const events: EventRecord[] = [{ id: 'coup', date: day('2021-05-24'), title: 'Second coup', description: null, source_id: 's' }];
const rows = timelineRows(incidents, [period, quarterly], events);
const g = timelineGeometry(rows, { layout: 'wide', base: '/' });
const point = (id: string) => g.points.find((p) => p.id === id)!;

describe('timeline', () => {
  it('keeps one-quarter figures off the timeline (they are the main chart) and draws periods as spans', () => {
    expect(rows.map((r) => r.id)).not.toContain('q');
    expect(g.periods).toHaveLength(1);
    const p = g.periods[0]!;
    expect(p.x2).toBeGreaterThan(p.x1);
    expect(p.x1).toBeGreaterThan(point('big').cx);
  });
  it('places points by date, in their category lane', () => {
    expect(point('small').cx).toBeLessThan(point('ranged').cx);
    expect(point('ranged').cx).toBeLessThan(point('big').cx);
    const lane = (id: string) => g.lanes.find((l) => l.category === g.points.find((p) => p.id === id)!.category)!;
    for (const p of g.points) {
      expect(p.cy - p.r, p.id).toBeGreaterThanOrEqual(lane(p.id).y);
      expect(p.cy + p.r, p.id).toBeLessThanOrEqual(lane(p.id).y + lane(p.id).h);
    }
    expect(point('small').cy).not.toBe(point('big').cy);
    expect(g.lanes.map((l) => l.category)).toEqual(['extremist-armed-groups', 'state-forces']);
  });
  it('moves points a day apart so none hides another (the larger stays on the centre line)', () => {
    const big = point('big');
    const echo = point('echo');
    expect(Math.hypot(big.cx - echo.cx, big.cy - echo.cy)).toBeGreaterThanOrEqual(big.r + echo.r);
    expect(big.cy).toBe(point('ranged').cy);
    expect(echo.cy).not.toBe(big.cy);
  });
  it('sizes points by area: four times the people, twice the radius; a lower bound draws its number', () => {
    expect(round((point('big').r / point('small').r) * 10)).toBe(20);
    expect(rows.find((r) => r.id === 'small')!.drawn).toBe(25);
  });
  it('draws an incident whose victims are counted elsewhere as a small hollow marker, never sized', () => {
    expect(point('echo')).toMatchObject({ hollow: true, r: 3 });
    expect(rows.find((r) => r.id === 'echo')).toMatchObject({ drawn: null, hollow: 'same-victims' });
  });
  it('draws a date range as a span under its point, centred', () => {
    const p = point('ranged');
    expect(p.span).not.toBeNull();
    expect(round(p.cx)).toBe(round((p.span!.x1 + p.span!.x2) / 2));
    expect(point('big').span).toBeNull();
  });
  it('annotates context events and links points to incident pages', () => {
    expect(g.annotations.map((a) => a.text)).toEqual(['Second coup']);
    expect(g.annotations[0]!.x1).toBeLessThan(point('small').cx);
    expect(point('big').href).toBe('/incidents/big/');
    expect(point('big').label).toContain('Killed: 100');
  });
  it('narrow layout keeps event labels inside the chart', () => {
    const n = timelineGeometry(rows, { layout: 'narrow', base: '/' });
    for (const a of n.annotations) expect(a.labelX + a.text.length * (n.fontSize - 1) * 0.6).toBeLessThanOrEqual(n.width);
  });
});
