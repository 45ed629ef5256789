import { regionOf } from '../../geo/admin-units.ts';
import { countCsvColumns } from '../count-marks.ts';
import type { MapData } from './rows.ts';

/** The CSV header, in order: also written when nothing is mapped yet (never an empty download). */
export const MAP_CSV_COLUMNS = [
  'kind', 'id', 'place_id', 'cercle', 'region_2015', 'lat', 'lon', 'location_precision', 'measure', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported', 'basis', 'source_ids',
];

/** One CSV row per mark: each incident, each derived cercle total, each figure's area. */
export function mapCsvRecords(d: MapData): Record<string, string | number>[] {
  const blank = countCsvColumns(null, null);
  return [
    ...d.incidents.map((i) => ({
      kind: 'incident',
      id: i.id,
      place_id: i.place.id,
      cercle: i.cercle?.fr ?? '',
      region_2015: i.cercle ? regionOf(i.cercle).fr : '',
      lat: i.point?.lat ?? '',
      lon: i.point?.lon ?? '',
      location_precision: i.point?.precision ?? (i.cercle ? 'admin2' : ''),
      measure: 'killed',
      ...countCsvColumns(i.same_victims_as ? null : i.killed, null),
      as_reported: i.same_victims_as ? `counted in ${i.same_victims_as}` : (i.killed?.text ?? 'no toll stated'),
      basis: 'reported',
      source_ids: i.source_ids.join(' '),
    })),
    ...d.cercles.filter((c) => c.toll?.derived).map((c) => ({
      kind: 'cercle-total',
      id: c.cercle.id,
      place_id: '',
      cercle: c.cercle.fr,
      region_2015: regionOf(c.cercle).fr,
      lat: '',
      lon: '',
      location_precision: 'admin2',
      measure: 'killed',
      ...blank,
      low: c.toll!.low,
      high: c.toll!.high ?? '',
      as_reported: c.toll!.text,
      basis: 'derived',
      source_ids: [...new Set(c.incidents.flatMap((i) => i.source_ids))].join(' '),
    })),
    ...d.figures.map((f) => ({
      kind: 'figure-area',
      id: f.figure.id,
      place_id: f.figure.where.join(' '),
      cercle: f.cercles.map((c) => c.fr).join(' '),
      region_2015: [...new Set(f.cercles.map((c) => regionOf(c).fr))].join(' '),
      lat: '',
      lon: '',
      location_precision: 'admin2',
      measure: f.figure.measure,
      ...blank,
      as_reported: f.text,
      basis: 'reported',
      source_ids: f.figure.source_id,
    })),
  ];
}
