import type { ClaimRecord, IncidentRecord, SiteData } from '../model/records.ts';

export function allClaims(data: SiteData): ClaimRecord[] {
  return [...data.incidents.flatMap((i: IncidentRecord) => i.claims), ...data.figure_claims];
}

/** Editors' claim ids are unique within an incident; the public id adds the incident. */
export function publicClaimId(c: Pick<ClaimRecord, 'id' | 'incident_id'>): string {
  return c.incident_id ? `${c.incident_id}/${c.id}` : c.id;
}
