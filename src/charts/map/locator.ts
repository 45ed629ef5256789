import { geoMercator, geoPath } from 'd3-geo';
import type { PlaceRecord } from '../../model/records.ts';
import { cercleByName, regionByName, regionOf } from '../../geo/admin-units.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { el, text, type Markup } from '../svg.ts';
import { r2 } from '../common.ts';
import { CERCLE_SHAPES, COUNTRY, REGION_BORDERS, REGION_SHAPES } from './boundaries.ts';

const W = 160;
const HIGHLIGHT = '#E8873A';

/**
 * A small map of Mali that shows where a place is, no finer than the gazetteer knows it: a dot for
 * a place located to a town or finer, else its cercle shaded, else its region. Null when the table
 * cannot place it (a place outside Mali, or the country itself).
 */
export function locatorSvg(place: PlaceRecord, uid: string): { svg: Markup; caption: string } | null {
  const region = place.admin1 ? regionByName(place.admin1) : undefined;
  const cercle = place.admin2 ? cercleByName(place.admin2, region) : undefined;
  const fine = place.lat !== null && place.lon !== null && (place.location_precision === 'exact' || place.location_precision === 'locality');
  if (!cercle && !region && !fine) return null;
  const projection = geoMercator().fitWidth(W - 8, COUNTRY);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(COUNTRY);
  const h = Math.ceil(y1 - y0) + 8;
  projection.translate([projection.translate()[0] + 4, projection.translate()[1] - y0 + 4]);
  const shape = cercle ? CERCLE_SHAPES.get(cercle.id) : region ? REGION_SHAPES.get(region.id) : undefined;
  const where = cercle ? `${cercle.fr} cercle, ${regionOf(cercle).fr} region (2015)` : region ? `${region.fr} region (2015)` : 'Mali';
  const how = fine ? `dot: located to the ${place.location_precision === 'exact' ? 'spot' : 'town'}` : cercle ? 'shaded: located only to its cercle' : 'shaded: located only to its region';
  const caption = `${place.name}: ${where}; ${how}.`;
  const dot = fine ? projection([place.lon!, place.lat!])! : null;
  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'locator-svg', width: W, height: h, viewBox: `0 0 ${W} ${h}`, role: 'img', 'aria-labelledby': `${uid}-t` },
    el('title', { id: `${uid}-t` }, text(`Locator map. ${caption}`)),
    el('path', { class: 'map-land', d: path(COUNTRY) ?? '', fill: PAPER, stroke: INK, 'stroke-width': 0.75 }),
    shape && el('path', { class: 'map-area locator-area', d: path(shape) ?? '', fill: HIGHLIGHT, stroke: INK, 'stroke-width': 0.5 }),
    el('path', { class: 'map-region-border', d: path(REGION_BORDERS) ?? '', fill: 'none', stroke: MUTED, 'stroke-width': 0.5 }),
    dot && el('circle', { class: 'locator-dot', cx: r2(dot[0]), cy: r2(dot[1]), r: 3.5, fill: INK, stroke: PAPER, 'stroke-width': 1 }),
    el('rect', { class: 'locator-frame', x: 0.5, y: 0.5, width: W - 1, height: h - 1, fill: 'none', stroke: GRID }),
  );
  return { svg, caption };
}
