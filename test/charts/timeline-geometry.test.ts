import { describe, expect, it } from 'vitest';
import type { EventRecord, FigureRecord, IncidentRecord, SiteData } from '../../src/model/records.ts';
import { timelineRows } from '../../src/charts/timeline/rows.ts';
import { timelineGeometry } from '../../src/charts/timeline/geometry.ts';
import { timelineModel, timelineDrawing } from '../../src/charts/timeline/model.ts';
import { timelineSvg } from '../../src/charts/timeline/svg.ts';
import { at } from '../../src/charts/timeline/fluid.ts';
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
const relay: FigureRecord = { ...period, id: 'hrw-relay', source_id: 's2' };
const homes: FigureRecord = { ...period, id: 'homes', measure: 'homes-destroyed', count: atLeast(100) };
const quarterly: FigureRecord = { ...period, id: 'q', quarter: '2022-Q2', period: { start: '2022-04-01', end: '2022-06-30', precision: 'quarter' } };
const events: EventRecord[] = [{ id: 'coup', date: day('2021-05-24'), title: 'Second coup', description: null, source_id: 's' }];
const credits = new Map([['s', 'Human Rights Watch'], ['s2', 'A wire service']]);
const rows = timelineRows(incidents, [period, relay, homes, quarterly], events, null, credits);
const data = {
  updated: '2026-01-01', incidents, figures: [period, relay, homes, quarterly], events, articles: [], reports: [], actors: [], places: [], figure_claims: [], report_denials: [], quarterly: [],
  sources: [{ id: 's', title: 'S', publisher: 'Human Rights Watch', author_org: null }, { id: 's2', title: 'S2', publisher: 'A wire service', author_org: null }],
} as unknown as SiteData;
const drawing = timelineDrawing(data);
const g = timelineGeometry(drawing, { layout: 'wide', base: '/' });
const point = (id: string) => g.points.find((p) => p.id === id)!;

describe('timeline rows', () => {
  it('keeps one-quarter figures off the timeline (they are the main chart), and every measure but people killed', () => {
    expect(rows.map((r) => r.id)).not.toContain('q');
    expect(rows.map((r) => r.id)).not.toContain('homes');
    expect(rows.filter((r) => r.kind === 'period').every((r) => r.measure === 'killed')).toBe(true);
  });
  it('draws one bar for one number relayed by two outlets, credited to both', () => {
    const bars = rows.filter((r) => r.kind === 'period');
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ credit: 'Human Rights Watch; A wire service', source_ids: ['s', 's2'] });
  });
});

describe('timeline geometry (few incidents: one dot each)', () => {
  it('starts on the data: the default view is the incidents’ and periods’ years, the event before them is in the long view', () => {
    expect(drawing.view).toMatchObject({ id: 'timeline', start: '2022-01-01', end: '2023-01-01' });
    expect(drawing.tops.map((v) => v.id)).toEqual(['timeline', 'all']);
    expect(g.annotations).toHaveLength(0);
    const all = timelineDrawing(data, 'all');
    expect(all.view.start).toBe('2021-01-01');
    expect(timelineGeometry(all, { layout: 'narrow', base: '/' }).annotations.map((a) => a.label.lines.join(' '))).toEqual(['Second coup']);
  });
  it('draws periods as labelled bars in their lane, after the incidents before them', () => {
    expect(g.periods).toHaveLength(1);
    const p = g.periods[0]!;
    expect(p.label.lines.join(' ')).toBe('at least 300 killed (Human Rights Watch; A wire service)');
    expect(p.label.bar!.span.right.f).toBeGreaterThan(p.label.bar!.span.left.f);
    expect(p.label.bar!.span.left.f).toBeGreaterThan(point('big').cx.f);
  });
  it('places points by date, in their category lane', () => {
    expect(point('small').cx.f).toBeLessThan(point('ranged').cx.f);
    expect(point('ranged').cx.f).toBeLessThan(point('big').cx.f);
    const lane = (id: string) => g.lanes.find((l) => l.category === g.points.find((p) => p.id === id)!.category)!;
    for (const p of g.points) {
      expect(p.cy - p.r, p.id).toBeGreaterThanOrEqual(lane(p.id).y);
      expect(p.cy + p.r, p.id).toBeLessThanOrEqual(lane(p.id).y + lane(p.id).h);
    }
    expect(g.lanes.map((l) => l.category)).toEqual(['extremist-armed-groups', 'state-forces']);
  });
  it('moves points a day apart so none hides another, at the narrowest width and so at any wider one', () => {
    const n = timelineGeometry(drawing, { layout: 'narrow', base: '/' });
    const big = n.points.find((p) => p.id === 'big')!;
    const echo = n.points.find((p) => p.id === 'echo')!;
    for (const w of [n.minWidth, 1280]) expect(Math.hypot(at(big.cx, w) - at(echo.cx, w), big.cy - echo.cy)).toBeGreaterThanOrEqual(big.r + echo.r);
  });
  it('sizes points by area: four times the people, twice the radius; a lower bound draws its number', () => {
    expect(round((point('big').r / point('small').r) * 10)).toBe(20);
    expect(rows.find((r) => r.id === 'small')!.drawn).toBe(25);
  });
  it('draws an incident whose victims are counted elsewhere as a small hollow marker, never sized', () => {
    expect(point('echo')).toMatchObject({ hollow: true, r: 3 });
    expect(rows.find((r) => r.id === 'echo')).toMatchObject({ drawn: null, hollow: 'same-victims' });
  });
  it('draws a date range as a span through its point, centred', () => {
    const p = point('ranged');
    expect(p.span).not.toBeNull();
    expect(Math.abs(p.cx.f - (p.span!.left.f + p.span!.right.f) / 2)).toBeLessThan(0.002);
    expect(point('big').span).toBeNull();
  });
  it('links points to incident pages with the toll and whose it is', () => {
    expect(point('big').href).toBe('/incidents/big/');
    expect(point('big').label).toContain('Killed: 100');
  });
  it('draws the page’s SVG once, fluid (100% wide, no viewBox); the download’s at a fixed size', () => {
    const m = timelineModel(data, { id: 'timeline', kind: 'timeline', alternates: [] }, '/');
    const fluid = timelineSvg(timelineGeometry(m.drawing, { layout: 'narrow', base: '/' }), { uid: 'u', title: 't', desc: 'd', layout: 'narrow' });
    expect(fluid).toMatch(/^<svg[^>]* class="chart-svg chart-svg--fluid" width="100%"/);
    expect(fluid).not.toContain('viewBox');
    expect(fluid).toContain('cx="');
    const wide = timelineSvg(g, { uid: 'u', title: 't', desc: 'd', layout: 'wide' });
    expect(wide).toMatch(/viewBox="0 0 720 [\d.]+"/);
  });
});
