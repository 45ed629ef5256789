import { z } from 'zod';
import { Id, Text } from './ids.ts';

export const PLACE_KINDS = ['locality', 'military-site', 'cercle', 'region', 'country'] as const;
/** How close the coordinates are to the place: the point itself, or only its town, cercle or region. */
export const LOCATION_PRECISIONS = ['exact', 'locality', 'admin2', 'admin1', 'country'] as const;
export const LocationPrecision = z.enum(LOCATION_PRECISIONS);

/**
 * Where a place's coordinates come from, stated for every place so no coordinate looks better
 * sourced than it is:
 * - `none`: the place has no coordinates (it is drawn only as its cercle or region);
 * - `not-recorded`: the coordinates were entered without recording where they came from;
 * - `geoboundaries-centroid`: the centroid of the unit's polygon in the committed geoBoundaries
 *   layer (data/boundaries/): the cercle's for a cercle, its 2015 region's for a region.
 */
export const COORDINATE_SOURCES = ['none', 'not-recorded', 'geoboundaries-centroid'] as const;
export const CoordinateSource = z.enum(COORDINATE_SOURCES);
export type CoordinateSource = z.infer<typeof CoordinateSource>;

/** A place in the gazetteer (content/places/<id>.md). */
export const PlaceInput = z
  .strictObject({
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
    /** Where the coordinates come from (see COORDINATE_SOURCES); `none` exactly when there are none. */
    coordinates_source: CoordinateSource,
  })
  .superRefine((p, ctx) => {
    if ((p.coordinates === undefined) !== (p.coordinates_source === 'none')) {
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates_source'],
        message: p.coordinates
          ? 'the place has coordinates, so their source cannot be "none"'
          : 'the place has no coordinates, so their source must be "none"',
      });
    }
  });
export type PlaceInput = z.infer<typeof PlaceInput>;
