import { siteData } from '../../data/site-data.ts';
import type { IncidentRecord } from '../../model/records.ts';

// One index for every timeline page of a build: a month page looks up its incidents by id
// without scanning the whole archive each time.
let index: Map<string, IncidentRecord> | null = null;

export function incidentById(id: string): IncidentRecord {
  index ??= new Map(siteData.incidents.map((i) => [i.id, i]));
  return index.get(id)!;
}
