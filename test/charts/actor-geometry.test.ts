import { describe, expect, it } from 'vitest';
import type { ActorRecord, FigureRecord } from '../../src/model/records.ts';
import { actorRows } from '../../src/charts/actor/rows.ts';
import { actorGeometry, ENVELOPE_FROM } from '../../src/charts/actor/geometry.ts';
import actorKind from '../../src/charts/actor/kind.ts';
import { actorSvg } from '../../src/charts/actor/svg.ts';
import { atLeast, between, exact } from './helpers.ts';

const fama: ActorRecord = { id: 'fama', name: 'FAMa', aliases: [], category: 'state-forces', description: '' };
const base: FigureRecord = {
  id: 'x', period: { start: '2021-04-01', end: '2021-06-30', precision: 'quarter' }, quarter: '2021-Q2', perpetrator_id: 'fama',
  perpetrator_category: 'state-forces', measure: 'killed', count: exact(10), share_percent: null, share_of: null, part_of: null,
  where: [], derived: false, derivation: null, derived_from: [], note: null, source_id: 's',
  actor_ids: [], report_id: 's', definition: null, lead: null, denials: [],
};
const figures: FigureRecord[] = [
  base,
  { ...base, id: 'cat', perpetrator_id: null, count: between(20, 40) },
  { ...base, id: 'year', quarter: null, period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' }, count: atLeast(50), derived: true },
  { ...base, id: 'other-actor', perpetrator_id: 'wagner' },
  { ...base, id: 'other-cat', perpetrator_id: null, perpetrator_category: 'extremist-armed-groups' },
  { ...base, id: 'victims', measure: 'victims', count: exact(70) },
  { ...base, id: 'located', where: ['gossi'] },
];

describe('actor chart', () => {
  const rows = actorRows(fama, figures);
  it('takes the actor’s own figures and its category’s, nothing else', () => {
    expect(rows.map((r) => [r.figure_id, r.scope])).toEqual([
      ['cat', 'category'],
      ['x', 'actor'],
      ['year', 'actor'],
      ['victims', 'actor'],
    ]);
  });
  it('draws one panel per measure and each figure over its own period', () => {
    const g = actorGeometry(rows, 'state-forces', { layout: 'wide' });
    expect(g.panels.map((p) => p.measure)).toEqual(['killed', 'victims']);
    const [cat, q, year] = g.panels[0]!.marks;
    expect(year!.x2 - year!.x1).toBeGreaterThan(3 * (q!.x2 - q!.x1));
    expect(year).toMatchObject({ derived: true, open: true });
    expect(cat!.whisker).not.toBeNull();
    expect(cat!.scope).toBe('category');
  });
});

describe('actor chart: many figures for one period', () => {
  // Figures for the whole category over one quarter, each from its own report: as many as a
  // 10,000-article archive gives (the benchmark's synthetic sites), and a few.
  const many = (n: number, extra: Partial<FigureRecord> = {}): FigureRecord[] =>
    Array.from({ length: n }, (_, i) => ({ ...base, id: `f${String(i).padStart(5, '0')}`, perpetrator_id: null, report_id: `r${i}`, count: exact(10 + i), ...extra }));

  it(`draws ${ENVELOPE_FROM} or more as one band from the lowest stated bound to the highest, labelled with both`, () => {
    const rows = actorRows(fama, [...many(5), { ...base, id: 'g1', perpetrator_id: null, report_id: 'rx', count: between(4, 9) }, { ...base, id: 'g2', perpetrator_id: null, report_id: 'ry', count: atLeast(60), derived: true }]);
    const g = actorGeometry(rows, 'state-forces', { layout: 'wide' });
    const [band] = g.panels[0]!.marks;
    expect(g.panels[0]!.marks).toHaveLength(1);
    expect(band!.envelope).toMatchObject({ figures: 7 });
    // The band spans 4 (the range's low end) to 60 (the highest bound stated), open at the top.
    expect(band!.envelope!.y2).toBeGreaterThan(band!.y);
    expect(band!.open).toBe(true);
    expect(band!.derived).toBe(true);
    expect(band!.label).toBe('Civilians killed, Q2 2021 (April–June 2021), whole category: 7 figures from 7 reports, from 4–9 to at least 60 (some derived by this site). Each is listed in the table.');
    expect(actorKind.legend(g, null as never).map((l) => l.label)).toContain(`${ENVELOPE_FROM} or more figures for one period: a band from the lowest stated to the highest (each in the table)`);
  });

  it('keeps a line per figure below that, and names no band in the key', () => {
    const rows = actorRows(fama, many(ENVELOPE_FROM - 1));
    const g = actorGeometry(rows, 'state-forces', { layout: 'wide' });
    expect(g.panels[0]!.marks.map((m) => m.envelope)).toEqual(Array(ENVELOPE_FROM - 1).fill(null));
    expect(actorKind.legend(g, null as never).map((l) => l.label).join(' ')).not.toContain('band');
  });

  it('counts reports, not figures: several figures of one report are one voice', () => {
    const rows = actorRows(fama, many(6, { report_id: 'one-note' }));
    const [band] = actorGeometry(rows, 'state-forces', { layout: 'wide' }).panels[0]!.marks;
    expect(band!.label).toContain('6 figures from 1 report,');
  });

  it('does not grow with the archive: the SVG of 10,000 figures is as small as that of 10', () => {
    const size = (n: number) => actorSvg(actorGeometry(actorRows(fama, many(n)), 'state-forces', { layout: 'wide' }), { uid: 'u', title: 't', desc: 'd', layout: 'wide' }).length;
    expect(size(10_000)).toBeLessThan(size(10) * 1.1);
  });
});
