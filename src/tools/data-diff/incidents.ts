import type { ClaimRecord, IncidentRecord, SiteData } from '../../model/records.ts';
import { diffSection, type Section } from './section.ts';
import { claimFields, claimSummary, denialsText, estimatesText, list, span } from './words.ts';

/** Incidents (what the site shows, from every claim) and their claims (what each source says). */

function incidentFields(i: IncidentRecord): Record<string, string> {
  return {
    title: i.title,
    date: span(i.date),
    place: i.place_id,
    civilians: estimatesText(i.counts),
    'people of unstated status': estimatesText(i.people_counts),
    perpetrators: list(i.perpetrator_ids),
    status: i.status,
    reports: list(i.report_ids),
    'denied by': denialsText(i.denials),
    'same victims as': i.same_victims_as ?? '—',
    sources: list(i.source_ids),
  };
}

const incidentSummary = (i: IncidentRecord) => `${i.title} (${span(i.date)}, ${i.place_id}): ${estimatesText(i.counts)}; ${i.status}`;

export function diffIncidents(before: SiteData, after: SiteData): Section {
  return diffSection(before.incidents, after.incidents, { key: (i) => i.id, fields: incidentFields, summary: incidentSummary, source: (i) => list(i.source_ids) });
}

/** Claims keyed by incident and claim id ("moura-2022-03 › un-killed"): ids are unique per incident. */
export function diffIncidentClaims(before: SiteData, after: SiteData): Section {
  const claims = (d: SiteData) => d.incidents.flatMap((i) => i.claims);
  return diffSection<ClaimRecord>(claims(before), claims(after), {
    key: (c) => `${c.incident_id} › ${c.id}`,
    fields: claimFields,
    summary: claimSummary,
    source: (c) => c.source_id,
  });
}
