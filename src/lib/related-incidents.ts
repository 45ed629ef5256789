import type { IncidentRecord } from '../model/records.ts';

/**
 * Incidents related to one incident, each with the reason a reader can check: the same place, a
 * perpetrator named in the same words by a source ("foreign military personnel" matches only
 * itself, never a guess at who that is), or the same report. Pure, so it is tested without a build.
 */
export type RelatedReason = { kind: 'place' } | { kind: 'named'; as_named: string } | { kind: 'report'; report_id: string };
export type Related = { incident: IncidentRecord; reasons: RelatedReason[] };

/** How many incidents each reason contributes at most: the nearest in date. */
export const RELATED_PER_REASON = 4;

export interface RelatedIndex {
  byPlace: Map<string, IncidentRecord[]>;
  byNamed: Map<string, IncidentRecord[]>;
  byReport: Map<string, IncidentRecord[]>;
}

const key = (s: string) => s.trim().toLowerCase();

/** Built once per build over every incident, which must come newest first (each list stays so). */
export function relatedIndex(incidents: readonly IncidentRecord[]): RelatedIndex {
  const byPlace = new Map<string, IncidentRecord[]>();
  const byNamed = new Map<string, IncidentRecord[]>();
  const byReport = new Map<string, IncidentRecord[]>();
  const add = (m: Map<string, IncidentRecord[]>, k: string, i: IncidentRecord) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  for (const i of incidents) {
    add(byPlace, i.place_id, i);
    // Denied attributions are not a source holding the actor responsible.
    for (const a of i.attributions) if (a.stance !== 'denied') add(byNamed, key(a.as_named), i);
    for (const r of i.report_ids) add(byReport, r, i);
  }
  return { byPlace, byNamed, byReport };
}

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * The few nearest in date: a binary search in the newest-first list, then a window either side,
 * so an archive of 30,000 incidents costs a few comparisons per page, not a sort of thousands.
 */
function nearest(of: IncidentRecord, list: readonly IncidentRecord[] | undefined): IncidentRecord[] {
  if (!list) return [];
  const d = dayNumber(of.date.start);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.date.start > of.date.start) lo = mid + 1;
    else hi = mid;
  }
  const k = RELATED_PER_REASON + 1;
  return list
    .slice(Math.max(0, lo - k), lo + k)
    .filter((i) => i.id !== of.id)
    .map((i) => ({ i, gap: Math.abs(dayNumber(i.date.start) - d) }))
    .sort((a, b) => a.gap - b.gap || a.i.id.localeCompare(b.i.id))
    .slice(0, RELATED_PER_REASON)
    .map((x) => x.i);
}

/** The related incidents, newest first, each once with every reason that links it. */
export function relatedIncidents(of: IncidentRecord, index: RelatedIndex): Related[] {
  const found = new Map<string, Related>();
  const note = (list: IncidentRecord[], reason: RelatedReason) => {
    for (const i of list) {
      const r = found.get(i.id) ?? found.set(i.id, { incident: i, reasons: [] }).get(i.id)!;
      r.reasons.push(reason);
    }
  };
  note(nearest(of, index.byPlace.get(of.place_id)), { kind: 'place' });
  const named = [...new Set(of.attributions.filter((a) => a.stance !== 'denied').map((a) => a.as_named))];
  for (const n of named) note(nearest(of, index.byNamed.get(key(n))), { kind: 'named', as_named: n });
  for (const r of of.report_ids) note(nearest(of, index.byReport.get(r)), { kind: 'report', report_id: r });
  return [...found.values()].sort((a, b) => b.incident.date.start.localeCompare(a.incident.date.start) || a.incident.id.localeCompare(b.incident.id));
}
