import { describe, expect, it } from 'vitest';
import type { ActorRecord, FigureRecord } from '../../src/model/records.ts';
import { actorRows } from '../../src/charts/actor/rows.ts';
import { actorGeometry } from '../../src/charts/actor/geometry.ts';
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
