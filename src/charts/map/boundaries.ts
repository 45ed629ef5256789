import raw from '../../../data/boundaries/mali-admin.topo.json' with { type: 'json' };
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The committed boundary layer (data/boundaries/, made by scripts/boundaries.ts from geoBoundaries
 * gbOpen MLI ADM2): cercles, the 2015 regions merged from them, and the country outline, already
 * wound the way d3-geo reads polygons. Decoded once per build.
 */
const topo = raw as unknown as Topology;
type Area = Feature<Polygon | MultiPolygon, null>;
const collection = (name: string) => topo.objects[name] as GeometryCollection;

function features(name: string): Map<string, Area> {
  return new Map(collection(name).geometries.map((g) => [String(g.id), { ...(feature(topo, g) as unknown as Area), id: String(g.id) }]));
}

export const CERCLE_SHAPES = features('cercles');
export const REGION_SHAPES = features('regions');
export const COUNTRY: Area = features('country').get('mali')!;

/** Borders drawn once each: between regions (cercles' borders: cercleBordersBeside). */
export const REGION_BORDERS: MultiLineString = mesh(topo, collection('regions'), (a, b) => a !== b);

/**
 * Cercle borders not already drawn by a shaded cercle's own outline: a border between two shaded
 * cercles is stroked by their areas, so drawing it again would only add weight (issue 16).
 */
export function cercleBordersBeside(shaded: ReadonlySet<string>): MultiLineString {
  return mesh(topo, collection('cercles'), (a, b) => a !== b && !(shaded.has(String(a.id)) && shaded.has(String(b.id))));
}

/** The outline of several cercles together (a figure's area), merged along their shared arcs. */
export function cerclesOutline(ids: readonly string[]): MultiPolygon {
  return merge(topo, collection('cercles').geometries.filter((g) => ids.includes(String(g.id))) as never);
}

/** On every map and download, and in datapackage.json: the layer's source and licence. */
export const BOUNDARY_ATTRIBUTION = 'Boundaries: geoBoundaries gbOpen MLI (CC BY 4.0), simplified';
export const BOUNDARY_LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };
