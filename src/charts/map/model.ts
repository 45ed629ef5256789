import type { SiteData } from '../../model/records.ts';
import { SERIES_LABELS } from '../../schema/category.ts';
import { REGIONS_2015_NOTE, regionOf } from '../../geo/admin-units.ts';
import { sitePath } from '../common.ts';
import { unitsOf } from '../../geo/place-links.ts';
import { ROW_SOURCES_NAMED, chartSources, rowSourceWords, type ChartModel } from '../model.ts';
import { BOUNDARY_ATTRIBUTION } from './boundaries.ts';
import { MAP_CSV_COLUMNS, mapCsvRecords } from './csv.ts';
import { mapData, type MapData } from './rows.ts';

/** `killed`: shades cercles by the tolls stated; `incidents`: by how many incidents this site records there. */
export type MapMeasure = 'killed' | 'incidents';
export type MapSpec = { id: string; kind: 'map'; measure: MapMeasure; alternates: string[] };

export const MAP_NOTES = [
  'Shaded: the cercles where recorded incidents took place. A toll is the one the sources state; where a cercle has several incidents, the range adds up their lowest and their highest stated tolls and is marked derived. Victims counted in another incident are never added twice.',
  'Dots: places known to a town or finer, drawn at that precision, one dot per place sized by how many incidents this site records there (a count of records, not of people); its label gives the number, and it links to the incident or, for several, to the place’s page. Incidents at places known only to their cercle are shown by their cercle.',
  'Dashed outlines: reported figures that name places, such as MINUSMA’s shares of acts of violence by cercle. They are shares of acts, not of people.',
  REGIONS_2015_NOTE,
  `${BOUNDARY_ATTRIBUTION}: www.geoboundaries.org.`,
];

export function mapTakeaway(d: MapData, measure: MapMeasure): string {
  if (d.incidents.length === 0) return 'No incidents recorded yet.';
  const where = d.cercles.length;
  const top = [...d.cercles].filter((c) => c.toll).sort((a, b) => b.toll!.low - a.toll!.low)[0];
  const head = `${d.incidents.length} recorded incident${d.incidents.length === 1 ? '' : 's'} in ${where} cercle${where === 1 ? '' : 's'}`;
  if (measure === 'incidents' || !top) return `${head}.`;
  return `${head}; the highest stated toll is in ${top.cercle.fr} (${regionOf(top.cercle).fr}): ${top.toll!.text} killed.`;
}

export function mapModel(data: SiteData, spec: MapSpec, base: string): ChartModel<MapSpec, MapData> {
  const d = mapData(data, base);
  const takeaway = mapTakeaway(d, spec.measure);
  const title = spec.measure === 'killed' ? 'Where civilians were killed, by cercle' : 'Where incidents were recorded, by cercle';
  const sourceIds = [...d.incidents.flatMap((i) => i.source_ids), ...d.figures.map((f) => f.figure.source_id)];
  const articlePath = (id: string) => sitePath(base, `articles/${id}/`);
  // One entry per table row, in the table's order: each row with the accounts it rests on.
  const titleOf = new Map(d.incidents.map((i) => [i.id, i.title]));
  // A cercle's incidents are listed on /incidents/at/<place>/ when the content has the cercle as a place.
  const cerclePlaces = new Map(data.places.filter((p) => p.kind === 'cercle').flatMap((p) => {
    const c = unitsOf(p).cercle;
    return c ? [[c.id, p.id] as const] : [];
  }));
  const entries: { cells: string[]; sourceIds: string[]; listedOn: string; href: string | null }[] = [
    ...d.incidents.map((i) => ({
      cells: [
        i.place.name,
        i.cercle ? `${i.cercle.fr} (${regionOf(i.cercle).fr})` : 'not located to a cercle',
        `${i.title}, ${i.when}`,
        SERIES_LABELS[i.category],
        i.same_victims_as ? `counted in “${titleOf.get(i.same_victims_as) ?? 'another incident'}”` : i.killed ? `${i.killed.text} killed` : 'no toll stated',
        i.point ? `its place's dot (${i.point.precision})` : 'cercle only',
      ],
      sourceIds: i.source_ids,
      listedOn: 'the incident’s page',
      href: i.href,
    })),
    ...d.cercles.filter((c) => c.toll?.derived).map((c) => {
      const place = cerclePlaces.get(c.cercle.id);
      return {
        cells: [c.cercle.fr, regionOf(c.cercle).fr, `All ${c.incidents.length} incidents`, '', `${c.toll!.text} killed`, 'shading'],
        sourceIds: c.incidents.flatMap((i) => i.source_ids),
        listedOn: place ? 'the cercle’s list of incidents' : 'the pages of its incidents',
        href: place ? sitePath(base, `incidents/at/${place}/`) : null,
      };
    }),
    ...d.figures.map((f) => ({ cells: [f.cercles.map((c) => c.fr).join(', '), '', f.text, '', f.figure.note ?? '', 'dashed outline'], sourceIds: [f.figure.source_id], listedOn: 'the figure’s article page', href: null })),
  ];
  const rowSources = entries.map((e) => chartSources(data, e.sourceIds, articlePath));
  const rows = entries.map((e, i) => [...e.cells, rowSourceWords(rowSources[i]!, e.listedOn)]);
  return {
    spec,
    drawing: d,
    title,
    takeaway,
    description: `Map of Mali's cercles, ${spec.measure === 'killed' ? 'shaded by the civilian tolls stated for the incidents in each' : 'shaded by the number of incidents recorded in each'}, with a dot for each place located to a town, sized by the incidents recorded there, and dashed outlines for figures that name cercles. ${takeaway} Every incident behind a mark is listed in the table below and in the CSV.`,
    notes: MAP_NOTES,
    sources: chartSources(data, sourceIds, articlePath),
    updated: data.updated,
    table: { caption: `${title}: every place drawn`, columns: ['Place', 'Cercle (region, 2015)', 'What', 'Perpetrator', 'Killed', 'Drawn as', 'Sources'], rows, rowSources, rowHrefs: entries.map((e, i) => (rowSources[i]!.length > ROW_SOURCES_NAMED ? e.href : null)) },
    csvRecords: mapCsvRecords(d),
    csvColumns: MAP_CSV_COLUMNS,
    csvPath: sitePath(base, `charts/${spec.id}.csv`),
  };
}
