import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { LAYOUTS, r2, type LayoutName } from '../common.ts';
import { categoryPaint } from '../palette.ts';
import { BOUNDARY_ATTRIBUTION, CERCLE_SHAPES, COUNTRY, REGION_BORDERS, cercleBordersBeside, cerclesOutline } from './boundaries.ts';
import { placeCallouts, wrap, type Anchor, type Callout } from './callouts.ts';
import { mapLabelTexts } from './labels.ts';
import { labelWidth as textWidth } from '../label-boxes.ts';
import { REGIONS_2015_NOTE } from '../../geo/admin-units.ts';
import type { MapMeasure } from './model.ts';
import type { MapData, MapPlace } from './rows.ts';
import { pixelProjection, relativePath } from './pixel-path.ts';
import { binOf, sizeOf, type Bin, type Size } from './scale.ts';

export type MapArea = { id: string; d: string; bin: Bin; label: string; href: string | null };
export type MapOutline = { id: string; d: string; label: string };
/**
 * One mark per place known to a town or finer (its id is the place's), sized by how many incidents
 * this site records there; coloured by their perpetrator category when they share one, else grey.
 */
export type MapPoint = { id: string; cx: number; cy: number; r: number; size: Size; count: number; category: SeriesCategory | null; fill: string; href: string; label: string };

export type MapGeometry = {
  width: number;
  height: number;
  fontSize: number;
  /** Place labels and the footer's notes (LAYOUTS' smallFontSize). */
  smallFontSize: number;
  map: { x: number; y: number; w: number; h: number };
  land: string;
  /** Borders of the cercles not shaded (a shaded cercle's area strokes its own). */
  cercleBorders: string;
  regionBorders: string;
  areas: MapArea[];
  outlines: MapOutline[];
  points: MapPoint[];
  callouts: Callout[];
  footer: { x: number; y: number; lines: string[] };
  bins: Bin[];
  empty: boolean;
};

/**
 * A place's mark in words. One incident: as before, its title, date, perpetrator and toll. Several:
 * how many this site records there (a count of records, said as such), who they are attributed
 * to, and where to read them; never a sum of tolls (the cercle's shading carries the derived one).
 */
export function placeLabel(p: MapPlace, titleOf: ReadonlyMap<string, string>): string {
  const where = `located to the ${p.point.precision === 'exact' ? 'spot' : 'town'}`;
  if (p.incidents.length === 1) {
    const i = p.incidents[0]!;
    const toll = i.same_victims_as ? `victims counted in “${titleOf.get(i.same_victims_as) ?? 'another incident'}”` : i.killed ? `killed: ${i.killed.text}` : 'no toll stated';
    return `${i.title}, ${i.when}, ${p.place.name} (${where}). ${SERIES_LABELS[i.category]}. ${toll[0]!.toUpperCase()}${toll.slice(1)}.`;
  }
  const n = p.incidents.length.toLocaleString('en-GB');
  return `${p.place.name} (${where}): ${n} incidents recorded here by this site (a count of records, not of people). Attributed to: ${p.categories.map((c) => SERIES_LABELS[c]).join('; ')}. The place's page lists them, with each toll as stated.`;
}

/**
 * Mali in Mercator between two label columns. Cercles with incidents are shaded by bin; a dot only
 * where a place is known to a town or finer, one per place sized by its incidents (so the drawing
 * grows with places, not incidents); figures that name cercles as dashed outlines. The footer carries the boundary attribution and the 2015-regions caveat, so every copy of the image
 * (page, embed, download) says both.
 */
export function mapGeometry(d: MapData, measure: MapMeasure, opts: { layout: LayoutName; base: string }): MapGeometry {
  const { width, fontSize, smallFontSize } = LAYOUTS[opts.layout];
  const narrow = opts.layout === 'narrow';
  const texts = mapLabelTexts(d, measure);
  // A label wraps between words (and after hyphens), never inside one: each column is at least as
  // wide as the longest word any label holds, so no label runs past the frame at any text size.
  const longestWord = Math.max(0, ...texts.flatMap((t) => wrap(t.text, 0, smallFontSize).map((w) => textWidth(w, smallFontSize))));
  const colW = Math.ceil(Math.max(narrow ? 96 : 160, longestWord + 8));
  const map = { x: colW, y: 8, w: width - 2 * colW, h: 0 };
  const projection = geoMercator().fitWidth(map.w, COUNTRY);
  const [[, y0], [, y1]] = geoPath(projection).bounds(COUNTRY);
  map.h = r2(y1 - y0);
  projection.translate([projection.translate()[0] + map.x, projection.translate()[1] - y0 + map.y]);
  // Whole units, each pixel once (pixel-path.ts): half a unit is under a pixel at the widest the
  // SVG is shown, and it keeps the embed light.
  const absolute = geoPath(pixelProjection(projection)).digits(0);
  const path = (o: Parameters<typeof absolute>[0]) => relativePath(absolute(o) ?? '');
  const at = (lon: number, lat: number) => projection([lon, lat])!;

  const areas: MapArea[] = d.cercles.map((c) => {
    const value = measure === 'killed' ? (c.toll ? c.toll.low : null) : c.incidents.length;
    const n = c.incidents.length;
    const toll = c.toll ? `; killed: ${c.toll.text}` : '; no toll stated';
    return {
      id: c.cercle.id,
      d: path(CERCLE_SHAPES.get(c.cercle.id)!),
      bin: binOf(measure, value),
      label: `${c.cercle.fr}: ${n.toLocaleString('en-GB')} incident${n === 1 ? '' : 's'} recorded (${[...new Set(c.incidents.map((i) => i.place.name))].join(', ')})${toll}.`,
      href: null,
    };
  });
  const outlines: MapOutline[] = d.figures.map((f) => ({ id: f.figure.id, d: path(cerclesOutline(f.cercles.map((c) => c.id))), label: f.text }));
  const titleOf = new Map(d.incidents.map((i) => [i.id, i.title]));
  // Biggest first, so a small mark is never hidden under a big one.
  const points: MapPoint[] = [...d.places]
    .sort((a, b) => b.incidents.length - a.incidents.length || a.place.id.localeCompare(b.place.id))
    .map((p) => {
      const [cx, cy] = at(p.point.lon, p.point.lat);
      const size = sizeOf(p.incidents.length);
      const category = p.categories.length === 1 ? p.categories[0]! : null;
      return {
        id: p.place.id,
        cx: r2(cx),
        cy: r2(cy),
        r: narrow ? r2(size.r * 0.8) : size.r,
        size,
        count: p.incidents.length,
        category,
        fill: category ? categoryPaint(category) : categoryPaint('all'),
        href: p.href,
        label: placeLabel(p, titleOf),
      };
    });

  // Labels: every shaded or outlined cercle, every dot, every figure's area.
  const anchors = new Map<string, Anchor>();
  for (const l of texts) {
    // A place's label points at its dot (whole hundredths, as the dot is drawn).
    const [px, py] = l.at === 'place' ? at(l.lon, l.lat) : projection(geoCentroid(l.shape))!;
    const [x, y] = l.at === 'place' ? [r2(px), r2(py)] : [px, py];
    anchors.set(l.key, { key: l.key, x, y, text: l.text, kind: l.kind });
  }
  const placed = placeCallouts([...anchors.values()], {
    left: map.x,
    right: map.x + map.w,
    colW,
    top: map.y,
    bottom: map.y + map.h,
    fontSize: smallFontSize,
    midX: map.x + map.w / 2,
  });
  const footerLines = [...wrap(BOUNDARY_ATTRIBUTION + '.', width - 16, smallFontSize), ...wrap(REGIONS_2015_NOTE, width - 16, smallFontSize)];
  const footerY = placed.bottom + 8 + fontSize;
  return {
    width,
    height: r2(footerY + footerLines.length * (smallFontSize + 2) + 4),
    fontSize,
    smallFontSize,
    map,
    land: path(COUNTRY),
    cercleBorders: path(cercleBordersBeside(new Set(areas.map((a) => a.id)))),
    regionBorders: path(REGION_BORDERS),
    areas,
    outlines,
    points,
    callouts: placed.callouts,
    footer: { x: 8, y: r2(footerY), lines: footerLines },
    bins: [...new Set(areas.map((a) => a.bin))].sort((a, b) => a.order - b.order),
    empty: d.incidents.length === 0,
  };
}
