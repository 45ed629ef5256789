import { geoCentroid } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/model/records.ts';
import { CERCLES } from '../../src/geo/admin-units.ts';
import { CERCLE_SHAPES } from '../../src/charts/map/boundaries.ts';
import { mapData } from '../../src/charts/map/rows.ts';
import { mapGeometry } from '../../src/charts/map/geometry.ts';
import { mapLegend } from '../../src/charts/map/legend.ts';
import { mapSvg } from '../../src/charts/map/svg.ts';
import { mapCsvRecords, MAP_CSV_COLUMNS } from '../../src/charts/map/csv.ts';
import { categoryPaint } from '../../src/charts/palette.ts';
import { relativePath } from '../../src/charts/map/pixel-path.ts';

/**
 * The map draws one mark per place, not per incident (issue 16): a fixture with expected outputs,
 * and a synthetic archive whose drawing must not grow when its incidents do.
 */
type Place = SiteData['places'][number];
type Incident = SiteData['incidents'][number];
const place = (over: Partial<Place> & Pick<Place, 'id' | 'name'>): Place => ({ kind: 'locality', admin2: null, admin1: null, country: 'Mali', lat: null, lon: null, location_precision: null, ...over });
const killed = (n: number) => ({ qualifier: 'exact', low: n, best: n, high: n, method: 'single', text: String(n), rule: null, accounts_disagree: false, report_ids: ['r'], claims: [] });
const incident = (id: string, place_id: string, category: string, k: number | null, day = '2021-05-01'): Incident =>
  ({ id, title: `Attack ${id}`, date: { start: day, end: day, precision: 'day' }, place_id, perpetrator_categories: [category], counts: k === null ? {} : { killed: killed(k) }, same_victims_as: null, source_ids: ['s'] }) as unknown as Incident;
const site = (places: Place[], incidents: Incident[]) => ({ places, incidents, figures: [], sources: [] }) as unknown as SiteData;

const PLACES = [
  place({ id: 'hombori', name: 'Hombori', admin2: 'Douentza', admin1: 'Mopti', lat: 15.28, lon: -1.7, location_precision: 'locality' }),
  place({ id: 'gossi', name: 'Gossi', admin2: 'Gourma-Rharous', admin1: 'Timbuktu', lat: 15.82, lon: -1.3, location_precision: 'locality' }),
  // Known only to its cercle: never a dot, however many incidents.
  place({ id: 'moura', name: 'Moura', admin2: 'Djenné', admin1: 'Mopti' }),
  place({ id: 'douentza-cercle', name: 'Douentza (cercle)', kind: 'cercle', admin2: 'Douentza', admin1: 'Mopti', lat: 15.0, lon: -2.95, location_precision: 'admin2' }),
];
const FIXTURE = site(PLACES, [
  incident('h1', 'hombori', 'extremist-armed-groups', 10),
  incident('h2', 'hombori', 'state-forces', 3),
  incident('h3', 'hombori', 'extremist-armed-groups', null),
  incident('g1', 'gossi', 'extremist-armed-groups', 7),
  incident('m1', 'moura', 'state-forces', 30),
  incident('m2', 'moura', 'state-forces', 20),
  incident('d1', 'douentza-cercle', 'unidentified', 2),
]);

describe('the map, one mark per place', () => {
  const d = mapData(FIXTURE, '/');
  const g = mapGeometry(d, 'killed', { layout: 'wide', base: '/' });

  it('groups the incidents of each place known to a town or finer, and no other place', () => {
    expect(d.places.map((p) => [p.place.id, p.incidents.map((i) => i.id), p.categories, p.href])).toEqual([
      ['hombori', ['h1', 'h2', 'h3'], ['extremist-armed-groups', 'state-forces'], '/places/hombori/'],
      ['gossi', ['g1'], ['extremist-armed-groups'], '/incidents/g1/'],
    ]);
  });

  it('draws each place once, sized by its count of records and coloured only when its incidents share a perpetrator category', () => {
    expect(g.points.map((p) => ({ id: p.id, r: p.r, count: p.count, category: p.category, fill: p.fill, href: p.href }))).toEqual([
      { id: 'hombori', r: 5, count: 3, category: null, fill: categoryPaint('all'), href: '/places/hombori/' },
      { id: 'gossi', r: 3.5, count: 1, category: 'extremist-armed-groups', fill: categoryPaint('extremist-armed-groups'), href: '/incidents/g1/' },
    ]);
    expect(mapGeometry(d, 'killed', { layout: 'narrow', base: '/' }).points.map((p) => p.r)).toEqual([4, 2.8]);
  });

  it('says what a mark counts in words: records, not people, and never a sum of tolls', () => {
    expect(g.points[0]!.label).toBe(
      'Hombori (located to the town): 3 incidents recorded here by this site (a count of records, not of people). Attributed to: Extremist armed groups; State forces. The place\'s page lists them, with each toll as stated.',
    );
    expect(g.points[1]!.label).toBe('Attack g1, 1 May 2021, Gossi (located to the town). Extremist armed groups. Killed: 7.');
    const texts = g.callouts.map((c) => c.text);
    expect(texts).toContain('Hombori (3 incidents)');
    expect(texts).toContain('Gossi');
    // The cercle's shading keeps the derived envelope; its label names each place once.
    expect(g.areas.find((a) => a.id === 'douentza')!.label).toBe('Douentza: 4 incidents recorded (Hombori, Douentza (cercle)); killed: 15 (derived: the 3 incidents\' stated tolls added up).');
  });

  it('keys each size and colour it draws, in words', () => {
    expect(mapLegend(g).map((l) => l.label)).toEqual([
      '1–49 killed',
      '50–99 killed',
      '1 incident recorded at the place (located to a town or finer)',
      '2–4 incidents recorded at the place (located to a town or finer)',
      'Extremist armed groups (every incident at the place)',
      'Incidents at the place attributed to several perpetrator categories (named in its label)',
      '† derived: several incidents\' stated tolls added up',
      'Region border (2015)',
    ]);
  });

  it('keeps the per-incident CSV (the public contract): one row per incident, columns unchanged', () => {
    expect(MAP_CSV_COLUMNS).toEqual(['kind', 'id', 'place_id', 'cercle', 'region_2015', 'lat', 'lon', 'location_precision', 'measure', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported', 'basis', 'source_ids']);
    const rows = mapCsvRecords(d).filter((r) => r.kind === 'incident');
    expect(rows.map((r) => [r.id, r.place_id, r.location_precision])).toEqual([
      ['h1', 'hombori', 'locality'], ['h2', 'hombori', 'locality'], ['h3', 'hombori', 'locality'], ['g1', 'gossi', 'locality'],
      ['m1', 'moura', 'admin2'], ['m2', 'moura', 'admin2'], ['d1', 'douentza-cercle', 'admin2'],
    ]);
  });

  it('draws the marks in the SVG, each a link with its name', () => {
    const svg = String(mapSvg(g, { uid: 'm', title: 't', desc: 'd', layout: 'wide' }));
    expect(svg.match(/<a class="chart-mark map-point/g)).toHaveLength(2);
    expect(svg).toContain('href="/places/hombori/"');
    expect(svg).toContain('aria-label="Hombori (located to the town): 3 incidents');
  });
});

/** 60 places, each at its cercle's centroid (a test's invention, not a place on the site). */
function syntheticArchive(incidents: number): SiteData {
  const cercles = CERCLES.filter((c) => c.id !== 'bamako');
  const places = Array.from({ length: 60 }, (_, n) => {
    const c = cercles[n % cercles.length]!;
    const [lon, lat] = geoCentroid(CERCLE_SHAPES.get(c.id)!);
    // One place in four is known only to its cercle.
    return place({ id: `p${n}`, name: `Place ${n}`, admin2: c.fr, lat: n % 4 ? lat : null, lon: n % 4 ? lon : null, location_precision: n % 4 ? 'locality' : null });
  });
  const cats = ['extremist-armed-groups', 'state-forces', 'community-militias'];
  return site(places, Array.from({ length: incidents }, (_, i) => incident(`i${i}`, `p${i % 60}`, cats[i % 7 % 3]!, (i % 9) + 1)));
}

describe('the map\'s size is bounded by its places', () => {
  it('an archive of 30,000 incidents at 60 places draws no more marks, and no bigger an SVG bar the digits of its counts, than 300 there', () => {
    const svgOf = (n: number) => {
      const d = mapData(syntheticArchive(n), '/');
      return (['wide', 'narrow'] as const).map((layout) => String(mapSvg(mapGeometry(d, 'killed', { layout, base: '/' }), { uid: 'm', title: 't', desc: 'd', layout })));
    };
    const small = svgOf(300);
    const big = svgOf(30_000);
    const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
    for (const [i, layout] of ['wide', 'narrow'].entries()) {
      expect(count(big[i]!, /<circle/g), layout).toBe(count(small[i]!, /<circle/g));
      expect(count(big[i]!, /<circle/g), layout).toBe(45);
      expect(count(big[i]!, /<path/g), layout).toBe(count(small[i]!, /<path/g));
      // Only the numbers in labels get longer ("5 incidents" → "500 incidents"), and a longer label
      // may wrap or move its leader: 5% at most for a hundred times the incidents.
      expect(big[i]!.length, layout).toBeLessThanOrEqual(small[i]!.length * 1.05);
    }
  });
});

describe('the boundary layer, written compactly', () => {
  /** Back to absolute points, to compare with what geoPath wrote. */
  const absolute = (d: string) => {
    const pts: string[] = [];
    let x = 0;
    let y = 0;
    for (const [, cmd, args] of d.matchAll(/([MlZz])([^MlZz]*)/g)) {
      if (cmd === 'z' || cmd === 'Z') { pts.push('Z'); continue; }
      const nums = args!.match(/-?\d+/g)!.map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        if (cmd === 'M') [x, y] = [nums[i]!, nums[i + 1]!];
        else [x, y] = [x + nums[i]!, y + nums[i + 1]!];
        pts.push(`${x},${y}`);
      }
    }
    return pts;
  };
  it('writes each segment relative to the last point, drawing the same points', () => {
    const d = 'M100,200L101,198L99,198L99,201ZM5,5L-3,7Z';
    expect(relativePath(d)).toBe('M100,200l1-2-2,0 0,3zM5,5l-8,2z');
    expect(absolute(relativePath(d))).toEqual(['100,200', '101,198', '99,198', '99,201', 'Z', '5,5', '-3,7', 'Z']);
  });
  it('the map\'s paths are drawn with relative steps (the whole layer, every cercle)', () => {
    const g = mapGeometry(mapData(FIXTURE, '/'), 'killed', { layout: 'wide', base: '/' });
    for (const d of [g.land, g.cercleBorders, g.regionBorders, ...g.areas.map((a) => a.d)]) expect(d).toMatch(/^M-?\d+,?-?\d+l[-\d, ]+(z|M|$)/);
  });
});
