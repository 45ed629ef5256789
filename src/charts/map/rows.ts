import type { FigureRecord, IncidentRecord, PlaceRecord, SiteData } from '../../model/records.ts';
import type { Estimate } from '../../model/estimate.ts';
import type { SeriesCategory } from '../../schema/category.ts';
import { formatSpan } from '../../format/date.ts';
import { CERCLES, cercleByName, regionByName, type Cercle } from '../../geo/admin-units.ts';
import { sitePath } from '../common.ts';

/**
 * What the map draws, from the records, without a number nobody stated:
 * - one row per incident, located to its cercle (from the gazetteer) and, only when its place
 *   has coordinates to a town or finer, to a point at that precision;
 * - one row per cercle with incidents: the tolls as stated when one incident, else the envelope
 *   of their sums (lowest stated values added up, highest ones added up), flagged as derived;
 * - one row per place known to a town or finer that has incidents: where the map draws its one
 *   mark for them all, so the drawing's size is bounded by the number of places, not incidents;
 * - one row per reported figure that names places (MINUSMA's shares of acts of violence).
 */
export type MapIncident = {
  id: string;
  title: string;
  when: string;
  place: PlaceRecord;
  cercle: Cercle | null;
  category: SeriesCategory;
  killed: Estimate | null;
  /** Victims counted in another incident: listed, never added again. */
  same_victims_as: string | null;
  point: { lon: number; lat: number; precision: 'exact' | 'locality' } | null;
  href: string;
  source_ids: string[];
};

export type CercleToll = {
  low: number;
  /** null: at least one incident's toll has no upper bound. */
  high: number | null;
  /** The toll in words: the source's own when one incident counts it, else the derived envelope. */
  text: string;
  derived: boolean;
};

export type CercleRow = { cercle: Cercle; incidents: MapIncident[]; toll: CercleToll | null };

export type AreaFigure = {
  figure: FigureRecord;
  cercles: Cercle[];
  /** Short label on the map: "50% of acts, Q2 2021". */
  short: string;
  /** The full reading: what the share is of, and of what not. */
  text: string;
};

/**
 * A place located to a town or finer, with every incident this site records there: one mark on
 * the map, sized by how many records (a count of our records, never of people).
 */
export type MapPlace = {
  place: PlaceRecord;
  cercle: Cercle | null;
  point: NonNullable<MapIncident['point']>;
  incidents: MapIncident[];
  /** The perpetrator categories of its incidents, in first-seen order. */
  categories: SeriesCategory[];
  /** Where its mark leads: the one incident's page, else the place's page (which lists them all). */
  href: string;
};

export type MapData = { incidents: MapIncident[]; cercles: CercleRow[]; places: MapPlace[]; figures: AreaFigure[] };

function cercleOf(p: PlaceRecord): Cercle | null {
  const region = p.admin1 ? regionByName(p.admin1) : undefined;
  return p.admin2 ? (cercleByName(p.admin2, region) ?? null) : null;
}

/** The lowest and highest values a source stated for a toll (an "about" number is both). */
function bounds(e: Estimate): { low: number; high: number | null } {
  const low = e.low ?? e.best ?? e.high ?? 0;
  const open = (e.qualifier === 'at-least' || e.qualifier === 'more-than') && e.high === null;
  return { low, high: open ? null : (e.high ?? e.best ?? low) };
}

function combine(incidents: readonly MapIncident[]): CercleToll | null {
  const counted = incidents.filter((i) => i.killed && !i.same_victims_as);
  if (counted.length === 0) return null;
  if (counted.length === 1) {
    const b = bounds(counted[0]!.killed!);
    return { ...b, text: counted[0]!.killed!.text, derived: false };
  }
  const all = counted.map((i) => bounds(i.killed!));
  const low = all.reduce((s, b) => s + b.low, 0);
  const high = all.some((b) => b.high === null) ? null : all.reduce((s, b) => s + b.high!, 0);
  const range = high === null ? `at least ${low.toLocaleString('en-GB')}` : high === low ? `${low.toLocaleString('en-GB')}` : `${low.toLocaleString('en-GB')}–${high.toLocaleString('en-GB')}`;
  return { low, high, text: `${range} (derived: the ${counted.length} incidents' stated tolls added up)`, derived: true };
}

export function mapData(data: SiteData, base: string): MapData {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const incidents: MapIncident[] = data.incidents.flatMap((i: IncidentRecord) => {
    const place = placeById.get(i.place_id);
    if (!place) return [];
    const fine = place.lat !== null && place.lon !== null && (place.location_precision === 'exact' || place.location_precision === 'locality');
    return [{
      id: i.id,
      title: i.title,
      when: formatSpan(i.date),
      place,
      cercle: cercleOf(place),
      category: (i.perpetrator_categories[0] ?? 'unidentified') as SeriesCategory,
      killed: i.counts.killed ?? null,
      same_victims_as: i.same_victims_as,
      point: fine ? { lon: place.lon!, lat: place.lat!, precision: place.location_precision as 'exact' | 'locality' } : null,
      href: sitePath(base, `incidents/${i.id}/`),
      source_ids: i.source_ids,
    }];
  });
  const byCercle = Map.groupBy(incidents, (i) => i.cercle?.id ?? '');
  const cercles: CercleRow[] = CERCLES.flatMap((c) => {
    const mine = byCercle.get(c.id) ?? [];
    return mine.length ? [{ cercle: c, incidents: mine, toll: combine(mine) }] : [];
  });
  // In the order of their first incident, like the dots they replace.
  const places: MapPlace[] = [...Map.groupBy(incidents.filter((i) => i.point), (i) => i.place.id).values()].map((mine) => {
    const first = mine[0]!;
    return {
      place: first.place,
      cercle: first.cercle,
      point: first.point!,
      incidents: mine,
      categories: [...new Set(mine.map((i) => i.category))],
      href: mine.length === 1 ? first.href : sitePath(base, `places/${first.place.id}/`),
    };
  });
  const figures: AreaFigure[] = data.figures
    .filter((f) => f.where.length > 0)
    .flatMap((f) => {
      const places = f.where.map((id) => data.places.find((p) => p.id === id)).filter((p): p is PlaceRecord => !!p);
      const cs = [...new Set(places.map(cercleOf).filter((c): c is Cercle => !!c))];
      if (cs.length === 0) return [];
      const quarter = f.quarter ? f.quarter.replace(/^(\d{4})-(Q\d)$/, '$2 $1') : formatSpan(f.period);
      const what = f.measure === 'incidents' ? 'acts of violence' : f.measure;
      const amount = f.share_percent !== null ? `${f.share_percent}%` : f.count ? `${f.count.best ?? f.count.low ?? f.count.high}` : '';
      if (!amount) return [];
      const of = f.measure === 'incidents' ? ' (a share of acts, not of people)' : '';
      const src = data.sources.find((x) => x.id === f.source_id);
      const by = src ? (src.author_org ?? src.publisher).split(' (')[0] : 'the source';
      return [{
        figure: f,
        cercles: cs,
        // "50% of acts, Q2 2021" for a share; "53 killed, Q1 2020" for a count.
        short: f.share_percent !== null ? `${amount} of ${what === 'acts of violence' ? 'acts' : what}, ${quarter}` : `${amount} ${what}, ${quarter}`,
        text: `${by}: ${amount} of the ${what} it counted for ${quarter} were in ${cs.map((c) => c.fr).join(', ')}${of}.`,
      }];
    });
  return { incidents, cercles, places, figures };
}
