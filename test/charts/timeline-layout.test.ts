import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { SiteData } from '../../src/model/records.ts';
import { timelineGeometry, type TimelineGeometry } from '../../src/charts/timeline/geometry.ts';
import { timelineDrawing, timelineModel } from '../../src/charts/timeline/model.ts';
import { timelineLegend } from '../../src/charts/timeline/legend.ts';
import { timelineViews } from '../../src/charts/timeline/pages.ts';
import { timelineSvg } from '../../src/charts/timeline/svg.ts';
import { at, type Span } from '../../src/charts/timeline/fluid.ts';
import { binUnit, crowded, DOT_LIMIT, midDay, monthView, rowsInView, STACK_LIMIT, yearView, type TimelineView } from '../../src/charts/timeline/view.ts';
import type { TimelineRow } from '../../src/charts/timeline/rows.ts';
import { textWidth } from '../../src/charts/common.ts';
import { syntheticArchive } from './timeline-fixture.ts';

/** Every label's box in pixels at width w: events, periods (text and bar), lane names, bar counts. */
function textBoxes(g: TimelineGeometry, w: number): { id: string; x1: number; x2: number; y1: number; y2: number }[] {
  const px = (s: Span) => [at(s.left, w), at(s.right, w)] as const;
  const placed = [
    ...g.annotations.flatMap((a) => a.label.boxes.map((b, i) => ({ id: `event ${a.id}/${i}`, s: b.span, y: a.y + b.y, h: b.h }))),
    ...g.periods.flatMap((p) => p.label.boxes.map((b, i) => ({ id: `period ${p.id}/${i}`, s: b.span, y: p.y + b.y, h: b.h }))),
  ].map((b) => ({ id: b.id, x1: px(b.s)[0], x2: px(b.s)[1], y1: b.y, y2: b.y + b.h }));
  const lanes = g.lanes.map((l) => ({ id: `lane ${l.category}`, x1: 0, x2: textWidth(l.label, g.fontSize - 1), y1: l.labelY - g.fontSize, y2: l.labelY + 2 }));
  return [...placed, ...lanes];
}
const overlapping = (bs: ReturnType<typeof textBoxes>) =>
  bs.flatMap((a, i) => bs.slice(i + 1).filter((b) => a.x1 < b.x2 - 0.01 && b.x1 < a.x2 - 0.01 && a.y1 < b.y2 - 0.01 && b.y1 < a.y2 - 0.01).map((b) => `${a.id} × ${b.id}`));

const decade = syntheticArchive(300, 10);
const WIDTHS = [288, 343, 720, 1248];

describe('the synthetic 300-incident decade', () => {
  const views = timelineViews(decade);
  it('is too crowded for one dot per incident: the default view counts them per lane per year, each bar linking to its year', () => {
    const d = timelineDrawing(decade);
    expect(d.view).toMatchObject({ start: '2014-01-01', end: '2024-01-01' });
    expect(d.bins).not.toBeNull();
    expect(new Set(d.bins!.map((b) => b.unit))).toEqual(new Set(['year']));
    expect(d.bins!.reduce((n, b) => n + b.incidents.length, 0)).toBe(300);
    expect(new Set(d.bins!.map((b) => b.detail.id))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => String(2014 + i))));
    // Every bar's detail is a published page that draws each of its incidents as a dot.
    for (const b of d.bins!) {
      expect(views.map((v) => v.id)).toContain(b.detail.id);
      const detail = timelineDrawing(decade, b.detail.id);
      expect(detail.bins, b.detail.id).toBeNull();
      const ids = new Set(detail.rows.map((r) => r.id));
      for (const i of b.incidents) expect(ids.has(i.id), `${i.id} in ${b.detail.id}`).toBe(true);
    }
  });
  it('never draws a count and a toll on one scale: bars count records, dots are people, never both', () => {
    for (const v of views) {
      const g = timelineGeometry(timelineDrawing(decade, v.id), { layout: 'narrow', base: '/' });
      expect(g.mode === 'bins' ? g.points : g.bins, v.id).toHaveLength(0);
      if (g.mode === 'bins') expect(timelineLegend(g)[0]!.label).toMatch(/count of records, not of people/);
      else expect(timelineLegend(g).every((i) => !/record/.test(i.label))).toBe(true);
    }
    // Homes destroyed and people injured over a period are left off; the derived figure says so.
    const rows = timelineDrawing(decade, 'all').rows;
    expect(rows.map((r) => r.id)).not.toContain('f-homes');
    expect(rows.map((r) => r.id)).not.toContain('f-injured');
    const g = timelineGeometry(timelineDrawing(decade, 'all'), { layout: 'narrow', base: '/' });
    expect(g.periods.find((p) => p.id === 'f-killed-derived')!.label.lines.join(' ')).toContain('(derived)');
  });
  for (const layout of ['narrow', 'wide'] as const) {
    it(`${layout}: no two labels touch, none runs off the drawing, none is shortened, in every view at every width`, () => {
      for (const v of views) {
        const d = timelineDrawing(decade, v.id);
        const g = timelineGeometry(d, { layout, base: '/' });
        for (const w of WIDTHS.filter((x) => x >= g.minWidth)) {
          const boxes = textBoxes(g, w);
          expect(overlapping(boxes), `${v.id} at ${w}px`).toEqual([]);
          for (const b of boxes) {
            expect(b.x1, `${b.id} in ${v.id} at ${w}px`).toBeGreaterThanOrEqual(-0.01);
            expect(b.x2, `${b.id} in ${v.id} at ${w}px`).toBeLessThanOrEqual(w + 0.01);
          }
        }
        const titles = d.rows.filter((r) => r.kind === 'event').map((r) => r.title);
        expect(g.annotations.map((a) => a.label.lines.join(' '))).toEqual(titles);
        const svg = timelineSvg(g, { uid: 'u', title: 't', desc: 'd', layout });
        expect(svg).not.toContain('…');
      }
    });
  }
  it('labels every lane and every period bar, tall enough to read (a line of text each)', () => {
    const g = timelineGeometry(timelineDrawing(decade, 'all'), { layout: 'narrow', base: '/' });
    expect(g.periods.length).toBeGreaterThan(0);
    for (const p of g.periods) {
      expect(p.label.lines.length).toBeGreaterThan(0);
      expect(p.label.boxes[0]!.h).toBeGreaterThanOrEqual(g.fontSize);
    }
    expect(g.lanes.every((l) => l.label.length > 0)).toBe(true);
  });
  it('keeps the highest toll’s source and denial in the takeaway and in every bar that names it', () => {
    const m = timelineModel(decade, { id: 'timeline', kind: 'timeline', alternates: [] }, '/');
    expect(m.takeaway).toMatch(/highest toll recorded is .*: 200 killed, according to Source \d, denied by the government\./);
    const g = timelineGeometry(m.drawing, { layout: 'narrow', base: '/' });
    const denied = g.bins.filter((b) => /denied by the government/.test(b.label));
    expect(denied.length).toBeGreaterThan(0);
    expect(g.bins.every((b) => /incidents? on record; (highest toll: .* killed in .*according to Source \d|none has a count)/.test(b.label))).toBe(true);
  });
  it('publishes the default view, the long view (the 2012 event is outside the data) and one page per year, and no more', () => {
    expect(views.map((v) => v.id)).toEqual(['timeline', 'all', ...Array.from({ length: 10 }, (_, i) => String(2014 + i))]);
  });
});

describe('aggregation thresholds', () => {
  const row = (id: string, d: string, category = 'state-forces'): TimelineRow => ({
    kind: 'incident', id, title: id, start: d, end: d, precision: 'day', category: category as TimelineRow['category'], measure: 'killed', count: null, drawn: null,
    hollow: 'no-count', same_victims_as: '', same_victims_title: '', source_ids: [], credit: '', denied_by: [], derived: false,
  });
  const overview: TimelineView = { id: 'timeline', level: 'overview', start: '2014-01-01', end: '2024-01-01' };
  const LANES = ['state-forces', 'community-militias', 'extremist-armed-groups', 'unidentified', 'international-forces', 'signatory-armed-groups', 'unattributed'];
  // n incidents evenly over the decade, taking the lanes in turn: never stacked.
  const spread = (n: number) => Array.from({ length: n }, (_, i) => row(`i${i}`, new Date(Date.UTC(2014, 0, 1) + Math.floor((i * 3650) / n) * 864e5).toISOString().slice(0, 10), LANES[i % LANES.length]));
  it(`draws up to ${DOT_LIMIT} incidents one by one, aggregates one more`, () => {
    expect(crowded(spread(DOT_LIMIT), overview)).toBe(false);
    expect(crowded(spread(DOT_LIMIT + 1), overview)).toBe(true);
  });
  it(`aggregates when more than ${STACK_LIMIT} dots of one lane fall within one dot's reach`, () => {
    const same = (n: number) => Array.from({ length: n }, (_, i) => row(`s${i}`, '2019-05-01'));
    expect(crowded(same(STACK_LIMIT), overview)).toBe(false);
    expect(crowded(same(STACK_LIMIT + 1), overview)).toBe(true);
    expect(crowded([...same(STACK_LIMIT), row('other-lane', '2019-05-01', 'unidentified')], overview)).toBe(false);
  });
  it('never aggregates a month: it is the detail', () => {
    expect(crowded(Array.from({ length: 400 }, (_, i) => row(`m${i}`, '2019-05-01')), monthView('2019-05'))).toBe(false);
  });
  it('bins by the finest unit at least 12 px wide on a phone: months for a year, quarters up to five years, then years', () => {
    expect(binUnit(yearView('2019'))).toBe('month');
    expect(binUnit({ ...overview, start: '2019-01-01', end: '2021-01-01' })).toBe('quarter');
    expect(binUnit({ ...overview, start: '2019-01-01', end: '2024-01-01' })).toBe('quarter');
    expect(binUnit({ ...overview, start: '2017-01-01', end: '2024-01-01' })).toBe('year');
    expect(binUnit(overview)).toBe('year');
  });
  it('at 3,000 incidents a year view counts months and each month page draws its incidents one by one', () => {
    const big = syntheticArchive(3000, 10) as SiteData;
    const y = timelineDrawing(big, '2019');
    expect(y.bins!.every((b) => b.unit === 'month' && b.detail.level === 'month')).toBe(true);
    const m = timelineDrawing(big, y.bins![0]!.detail.id);
    expect(m.bins).toBeNull();
    expect(m.rows.filter((r) => r.kind === 'incident').length).toBeGreaterThan(0);
  });
});

describe('weight that does not grow with the archive', () => {
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const weigh = (data: SiteData, id: string) => {
    const m = timelineModel(data, { id: `t-${id}`, kind: 'timeline', alternates: [], view: id }, '/');
    const svg = timelineSvg(timelineGeometry(m.drawing, { layout: 'narrow', base: '/' }), { uid: 'u', title: m.title, desc: m.description, layout: 'narrow' });
    return { svg: gz(svg), table: gz(m.table.rows.flat().join('|')), incidents: m.drawing.rows.filter((r) => r.kind === 'incident').length };
  };
  // The embed's budget is 30 KB compressed for the whole page; the drawing is most of it.
  it('draws the default view of 300, 3,000 and 30,000 incidents in under 12 KB compressed', () => {
    const sizes = [300, 3000, 30000].map((n) => weigh(syntheticArchive(n, 12), 'timeline'));
    expect(sizes.map((s) => s.incidents)).toEqual([300, 3000, 30000]);
    for (const s of sizes) expect(s.svg).toBeLessThan(12_000);
    // Aggregated, the drawing's size depends on lanes × years, not on the incidents.
    expect(sizes[2]!.svg).toBeLessThan(sizes[0]!.svg * 1.5);
  });
  it('keeps every published view of 3,000 incidents (a year, a month) under 20 KB compressed, drawing and table', () => {
    const data = syntheticArchive(3000, 12);
    for (const v of timelineViews(data)) {
      const s = weigh(data, v.id);
      expect(s.svg + s.table, v.id).toBeLessThan(20_000);
    }
  });
});

describe('the day an incident is drawn at', () => {
  it('is the middle of its date range, rounded down to a day, the same on every call', () => {
    expect(midDay({ start: '2022-03-27', end: '2022-03-27' })).toBe('2022-03-27');
    expect(midDay({ start: '2022-03-27', end: '2022-03-28' })).toBe('2022-03-27');
    expect(midDay({ start: '2022-03-27', end: '2022-03-31' })).toBe('2022-03-29');
    expect(midDay({ start: '2021-12-01', end: '2022-01-31' })).toBe('2021-12-31');
    expect(midDay({ start: '2021-12-01', end: '2022-01-31' })).toBe('2021-12-31');
  });

  it('places an incident in the view its middle day falls in, not the one it starts in', () => {
    const row = { kind: 'incident', start: '2021-12-20', end: '2022-01-20' } as Parameters<typeof rowsInView>[0][number];
    expect(rowsInView([row], yearView('2022'))).toEqual([row]);
    expect(rowsInView([row], yearView('2021'))).toEqual([]);
  });
});
