import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { CERCLES, REGIONS, cercleByName, regionByName } from '../../src/geo/admin-units.ts';
import { CERCLE_SHAPES, COUNTRY, REGION_SHAPES } from '../../src/charts/map/boundaries.ts';

describe('the hand-kept boundary table', () => {
  it('has exactly the cercles and 2015 regions of the committed layer', () => {
    expect(CERCLES).toHaveLength(50);
    expect(REGIONS).toHaveLength(9);
    expect([...CERCLE_SHAPES.keys()].sort()).toEqual(CERCLES.map((c) => c.id).sort());
    expect([...REGION_SHAPES.keys()].sort()).toEqual(REGIONS.map((r) => r.id).sort());
    for (const c of CERCLES) expect(REGIONS.some((r) => r.id === c.region), c.id).toBe(true);
  });
  it('keeps French names with their accents and finds a unit by its French or English name', () => {
    expect(cercleByName('Djenné')?.id).toBe('djenne');
    expect(cercleByName('Djenne')?.id).toBe('djenne');
    expect(regionByName('Timbuktu')?.fr).toBe('Tombouctou');
    expect(regionByName('Ségou')?.en).toBe('Segou');
    // Ménaka is a cercle of the 2015 Gao region, not a region of this layer.
    expect(regionByName('Ménaka')).toBeUndefined();
    expect(cercleByName('Ménaka', regionByName('Gao'))?.region).toBe('gao');
    // Names repeat across levels: the cercle of Gao, in the region of Gao.
    expect(cercleByName('Gao', regionByName('Gao'))?.id).toBe('gao');
    expect(cercleByName('Gao', regionByName('Mopti'))).toBeUndefined();
  });
  it('winds every polygon the way d3-geo reads it (less than a hemisphere, not the rest of the world)', () => {
    for (const [id, f] of [...CERCLE_SHAPES, ...REGION_SHAPES, ['mali', COUNTRY] as const]) {
      expect(geoArea(f), id).toBeLessThan(2 * Math.PI);
      expect(geoArea(f), id).toBeGreaterThan(0);
    }
  });
});
