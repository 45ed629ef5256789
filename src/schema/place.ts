import { z } from 'zod';
import { Id, Text } from './ids.ts';

export const PLACE_KINDS = ['locality', 'military-site', 'cercle', 'region', 'country'] as const;
/** How close the coordinates are to the place: the point itself, or only its town, cercle or region. */
export const LOCATION_PRECISIONS = ['exact', 'locality', 'admin2', 'admin1', 'country'] as const;
export const LocationPrecision = z.enum(LOCATION_PRECISIONS);

/** A place in the gazetteer (content/places/<id>.md). */
export const PlaceInput = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(PLACE_KINDS),
  /** The cercle (admin level 2) the place lies in; a cercle names itself. */
  admin2: Text.optional(),
  /** The region (admin level 1). */
  admin1: Text.optional(),
  country: Text,
  /** WGS84 coordinates, only where the place is well known. */
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      precision: LocationPrecision,
    })
    .optional(),
});
export type PlaceInput = z.infer<typeof PlaceInput>;
