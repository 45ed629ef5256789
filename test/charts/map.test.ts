import { describe, expect, it } from 'vitest';
import { SiteData } from '../../src/model/records.ts';
import { chartSpec, renderChart } from '../../src/charts/registry.ts';
import { mapData } from '../../src/charts/map/rows.ts';
import { mapGeometry } from '../../src/charts/map/geometry.ts';
import { overlaps, placeCallouts } from '../../src/charts/map/callouts.ts';
import { locatorSvg } from '../../src/charts/map/locator.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';

const data = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));

describe('the map kind on the published data', () => {
  const d = mapData(data, '/');
  it('draws dots only for places known to a town or finer, never for a place located to its cercle', () => {
    const dotted = d.incidents.filter((i) => i.point).map((i) => i.place.id);
    for (const i of d.incidents.filter((x) => x.point)) expect(['exact', 'locality']).toContain(i.place.location_precision);
    for (const i of d.incidents.filter((x) => !x.point)) expect(i.place.lat === null || !['exact', 'locality'].includes(i.place.location_precision!)).toBe(true);
    expect(new Set(dotted)).toEqual(new Set(d.incidents.filter((i) => i.place.lat !== null && ['exact', 'locality'].includes(i.place.location_precision!)).map((i) => i.place.id)));
  });
  it('shows one incident\'s toll in its source\'s words, and several as a derived envelope, never a sum of midpoints', () => {
    for (const c of d.cercles) {
      const counted = c.incidents.filter((i) => i.killed && !i.same_victims_as);
      if (counted.length === 0) expect(c.toll).toBeNull();
      if (counted.length === 1) expect(c.toll).toMatchObject({ derived: false, text: counted[0]!.killed!.text });
      if (counted.length > 1) {
        expect(c.toll!.derived).toBe(true);
        // The low end adds up the lowest values stated, the high end the highest; open when any is open.
        const lows = counted.map((i) => i.killed!.low ?? i.killed!.best ?? i.killed!.high!);
        expect(c.toll!.low).toBe(lows.reduce((a, b) => a + b, 0));
        expect(c.toll!.text).toMatch(/\(derived: the \d+ incidents' stated tolls added up\)$/);
      }
    }
  });
  it('keeps reported shares of acts as shares of acts, naming who counted them', () => {
    for (const f of d.figures.filter((x) => x.figure.measure === 'incidents')) {
      expect(f.text).toContain('(a share of acts, not of people)');
      expect(f.short).toMatch(/^\d+% of acts, /);
    }
  });
  it('labels every shaded or outlined cercle and every dot in both layouts, with no two labels overlapping', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const g = mapGeometry(d, 'killed', { layout, base: '/' });
      const texts = g.callouts.map((c) => c.lines.join(' ').replace(/- /g, '-'));
      for (const c of d.cercles) expect(texts.some((t) => t.startsWith(c.cercle.fr)), `${layout}: ${c.cercle.fr}`).toBe(true);
      for (const f of d.figures) for (const c of f.cercles) expect(texts.some((t) => t.startsWith(c.fr)), `${layout}: ${c.fr}`).toBe(true);
      // One label per place (its count beside it when several): "Hombori (2 incidents)".
      for (const i of d.incidents.filter((x) => x.point)) expect(texts.some((t) => t === i.place.name || t.startsWith(`${i.place.name} (`)), `${layout}: ${i.place.name}`).toBe(true);
      for (const a of g.callouts) for (const b of g.callouts) if (a !== b) expect(overlaps(a, b, g.fontSize - 1), `${layout}: ${a.key} / ${b.key}`).toBe(false);
      expect(g.footer.lines.join(' ')).toContain('geoBoundaries');
      expect(g.footer.lines.join(' ')).toContain('predates the regions of Ménaka and Taoudénit and the 2023 reorganisation');
    }
  });
  it('renders page, key and CSV from the registry like every other chart', () => {
    const r = renderChart(data, chartSpec(data, 'map')!, '/');
    expect(r.layouts.wide.svg('m')).toContain('Boundaries: geoBoundaries gbOpen MLI (CC BY 4.0)');
    expect(r.legend.map((l) => l.label)).toContain('Region border (2015)');
    expect(r.model.csvRecords.length).toBe(r.model.table.rows.length);
    expect(chartSpec(data, 'map-incidents')?.alternates).toEqual(['map']);
  });
});

describe('callout columns', () => {
  it('stack crowded labels without overlap and grow the drawing rather than squeeze them', () => {
    const anchors = Array.from({ length: 12 }, (_, i) => ({ key: `a${i}`, x: 100, y: 50, text: `Place number ${i}`, kind: 'cercle' as const }));
    const { callouts, bottom } = placeCallouts(anchors, { left: 80, right: 200, colW: 80, top: 0, bottom: 60, fontSize: 10, midX: 140 });
    expect(callouts.every((c) => c.side === 'left')).toBe(true);
    for (const a of callouts) for (const b of callouts) if (a !== b) expect(overlaps(a, b, 10)).toBe(false);
    expect(bottom).toBeGreaterThan(60);
  });
});

describe('locator map', () => {
  const place = (over: Partial<SiteData['places'][number]>) => ({ id: 'p', name: 'P', kind: 'locality' as const, admin2: null, admin1: null, country: 'Mali', lat: null, lon: null, location_precision: null, ...over });
  it('is no finer than the gazetteer: a dot for a town, the cercle for a place known only to its cercle', () => {
    expect(locatorSvg(place({ name: 'Hombori', admin2: 'Douentza', admin1: 'Mopti', lat: 15.28, lon: -1.7, location_precision: 'locality' }), 'h')!.svg).toContain('locator-dot');
    const moura = locatorSvg(place({ name: 'Moura', admin2: 'Djenné', admin1: 'Mopti' }), 'm')!;
    expect(moura.svg).not.toContain('locator-dot');
    expect(moura.caption).toBe('Moura: Djenné cercle, Mopti region (2015); shaded: located only to its cercle.');
    expect(locatorSvg(place({ kind: 'country' }), 'c')).toBeNull();
  });
});
