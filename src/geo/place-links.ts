import type { FigureRecord, IncidentRecord, PlaceRecord, SiteData } from '../model/records.ts';
import { cercleByName, regionByName, regionOf, type Cercle, type Region } from './admin-units.ts';

/** A place's cercle and region, as the boundary table knows them. */
export function unitsOf(p: PlaceRecord): { cercle: Cercle | undefined; region: Region | undefined } {
  const named = p.admin1 ? regionByName(p.admin1) : undefined;
  const cercle = p.admin2 ? cercleByName(p.admin2, named) : undefined;
  return { cercle, region: cercle ? regionOf(cercle) : named };
}

/**
 * What a place page lists: incidents at the place, incidents elsewhere in its cercle (or region,
 * for a region), and figures whose `where` names the place, its cercle or a place in it.
 */
export function placeSiblings(data: SiteData, place: PlaceRecord) {
  const { cercle, region } = unitsOf(place);
  const inArea = (p: PlaceRecord | undefined) => {
    if (!p) return false;
    const u = unitsOf(p);
    if (place.kind === 'region') return !!region && u.region?.id === region.id;
    if (place.kind === 'country') return true;
    return !!cercle && u.cercle?.id === cercle.id;
  };
  const placeOf = (id: string) => data.places.find((p) => p.id === id);
  const here: IncidentRecord[] = data.incidents.filter((i) => i.place_id === place.id);
  const nearby: IncidentRecord[] = data.incidents.filter((i) => i.place_id !== place.id && inArea(placeOf(i.place_id)));
  const figures: FigureRecord[] = data.figures.filter((f) => f.where.some((id) => id === place.id || inArea(placeOf(id))));
  return { cercle, region, here, nearby, figures };
}
