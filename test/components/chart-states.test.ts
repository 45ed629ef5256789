import { describe, expect, it } from 'vitest';
import { chartStates, type StateSpec } from '../../src/components/charts/chart-states.ts';

/** Fixture registry: a main chart with a second measure and pages per category, and a map with a query filter. */
const specs: StateSpec[] = [
  { id: 'main', alternates: ['main-victims'] },
  { id: 'main-victims', alternates: ['main'] },
  { id: 'main-state-forces', alternates: ['main-victims-state-forces'] },
  { id: 'main-militias', alternates: [] },
  { id: 'main-victims-state-forces', alternates: ['main-state-forces'] },
  { id: 'map', alternates: ['map-incidents'] },
  { id: 'map-incidents', alternates: ['map'] },
  { id: 'single', alternates: [] },
];
const cats: Record<string, string[]> = {
  main: ['state-forces', 'militias', 'unattributed'],
  'main-victims': ['state-forces', 'unattributed'],
  map: ['state-forces', 'militias'],
  'map-incidents': ['all', 'state-forces', 'militias'],
};
const info = (id: string) => ({ switchLabel: `label ${id}`, filterCategories: cats[id] ?? [] });
const label = (c: string) => c.toUpperCase();
const states = (id: string) => chartStates(specs.find((s) => s.id === id)!, specs, info, label);

describe('chart states as addresses', () => {
  it('measures: the chart and its alternates, in registry order, the current one marked', () => {
    expect(states('main-victims').measures).toEqual([
      { id: 'main', label: 'label main', value: 'main', current: false },
      { id: 'main-victims', label: 'label main-victims', value: 'main-victims', current: true },
    ]);
    expect(states('single').measures).toEqual([]);
  });

  it('a perpetrator filter over pages: only the categories that have a page, and "all" back to the parent', () => {
    const f = states('main').filter!;
    expect(f.mode).toBe('pages');
    expect(f.links.map((l) => [l.id, l.label, l.value, l.current])).toEqual([
      ['main', 'All perpetrators', '', true],
      ['main-state-forces', 'STATE-FORCES', 'state-forces', false],
      ['main-militias', 'MILITIAS', 'militias', false],
    ]);
  });

  it("a category's own page offers its siblings and the way back, and its other measure", () => {
    const s = states('main-victims-state-forces');
    expect(s.filter!.links.map((l) => [l.id, l.current])).toEqual([
      ['main-victims', false],
      ['main-victims-state-forces', true],
    ]);
    expect(s.measures.map((m) => m.id)).toEqual(['main-state-forces', 'main-victims-state-forces']);
  });

  it("a filter without pages is a query on the same address ('all' is no perpetrator to pick)", () => {
    const f = states('map-incidents').filter!;
    expect(f.mode).toBe('query');
    expect(f.param).toBe('perpetrator');
    expect(f.links.map((l) => [l.id, l.value, l.current])).toEqual([
      ['map-incidents', '', true],
      ['map-incidents', 'state-forces', false],
      ['map-incidents', 'militias', false],
    ]);
  });

  it('no filter for a chart of one category or none', () => {
    expect(states('single').filter).toBeNull();
    expect(states('main-militias').measures).toEqual([]);
  });
});
