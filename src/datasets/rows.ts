import { HARM_TYPES } from '../schema/measure.ts';
import type { SiteData } from '../model/records.ts';
import { denierNames } from '../model/denial-voices.ts';
import { formatCount } from '../format/count.ts';
import { compare } from '../lib/compare.ts';
import { EVIDENCE_ROWS } from './evidence-rows.ts';
import { allClaims, publicClaimId } from './claims.ts';
import type { ClaimRow, FigureRow, IncidentRow, QuarterlyRow, SourceRow } from './tables.ts';

/** Flattens the site's records into the public tables' rows (tables.ts documents every column). */
export function incidentRows(data: SiteData): IncidentRow[] {
  const places = new Map(data.places.map((p) => [p.id, p]));
  return data.incidents.map((i) => {
    const place = places.get(i.place_id)!;
    // Five columns per harm, in this order (the contract's); assigned, not built as entry arrays.
    const harms: Record<string, string | number | null> = {};
    for (const h of HARM_TYPES) {
      const c = i.counts[h];
      harms[`${h}_low`] = c?.low ?? null;
      harms[`${h}_best`] = c?.best ?? null;
      harms[`${h}_high`] = c?.high ?? null;
      harms[`${h}_qualifier`] = c ? (c.method === 'envelope' ? 'envelope' : c.qualifier) : null;
      harms[`${h}_text`] = c ? formatCount(c) : '';
    }
    return {
      incident_id: i.id,
      title: i.title,
      date_start: i.date.start,
      date_end: i.date.end,
      date_precision: i.date.precision,
      place: place.name,
      admin2: place.admin2,
      admin1: place.admin1,
      country: place.country,
      latitude: place.lat,
      longitude: place.lon,
      location_precision: place.location_precision,
      perpetrator_ids: i.perpetrator_ids,
      perpetrator_categories: i.perpetrator_categories,
      ...harms,
      status: i.status,
      same_victims_as: i.same_victims_as,
      source_ids: i.source_ids,
      report_ids: i.report_ids,
      denied_by: denierNames(i.denials),
      people_counts: HARM_TYPES.flatMap((h) => (i.people_counts[h] ? [`${h}: ${formatCount(i.people_counts[h])}`] : [])).join('; '),
    } as IncidentRow;
  });
}

export function figureRows(data: SiteData): FigureRow[] {
  return data.figures.map((f) => ({
    figure_id: f.id,
    period_start: f.period.start,
    period_end: f.period.end,
    quarter: f.quarter ?? '',
    perpetrator_id: f.perpetrator_id ?? '',
    perpetrator_category: f.perpetrator_category,
    measure: f.measure,
    low: f.count?.low ?? null,
    best: f.count?.best ?? null,
    high: f.count?.high ?? null,
    qualifier: f.count?.qualifier ?? null,
    share_percent: f.share_percent,
    share_of: f.share_of ?? '',
    places: f.where,
    derived: f.derived,
    derivation: f.derivation ?? '',
    derived_from: f.derived_from,
    note: f.note ?? '',
    source_id: f.source_id,
    report_id: f.report_id,
    actor_ids: f.actor_ids,
    part_of: f.share_of ?? f.part_of ?? '',
    definition: f.definition ?? '',
    lead: f.lead ?? '',
    denied_by: denierNames(f.denials),
  }));
}

export function sourceRows(data: SiteData): SourceRow[] {
  return data.sources.map((s) => ({
    source_id: s.id,
    title: s.title,
    publisher: s.publisher,
    author_org: s.author_org ?? '',
    url: s.url ?? '',
    published: s.published.start,
    published_end: s.published.end,
    published_precision: s.published.precision,
    published_approximate: s.published_approximate,
    kind: s.kind,
    language: s.language,
    report_id: s.report_id,
  }));
}


export function claimRows(data: SiteData): ClaimRow[] {
  return allClaims(data).map((c) => {
    return {
      claim_id: publicClaimId(c),
      source_id: c.source_id,
      kind: c.kind,
      by: c.by,
      by_actor: c.by_actor ?? '',
      claim_date: c.date?.start ?? null,
      incident_id: c.incident_id ?? '',
      figure_ids: c.figure_ids,
      counts_of: c.counts_of,
      counts: Object.entries(c.counts).map(([h, count]) => `${h}: ${formatCount(count!)}`).join('; '),
      statement: c.statement,
      report_id: c.report_id,
      attributions: c.attributions.map((a) => `${a.actor_id}:${a.stance}`),
      about_claims: c.about_claims,
      lead: c.lead ?? '',
      denied_by: denierNames(c.denied_by),
    };
  });
}

export function quarterlyRows(data: SiteData): QuarterlyRow[] {
  return data.quarterly.map((q) => ({
    quarter: q.quarter,
    perpetrator_category: q.perpetrator_category,
    measure: q.measure,
    low: q.count.low,
    best: q.count.best,
    high: q.count.high,
    qualifier: q.count.qualifier,
    basis: q.basis,
    figure_ids: q.figure_ids,
    text: formatCount(q.count),
    method: q.count.method,
    rule: q.count.rule ?? '',
    report_ids: q.count.report_ids,
    denied_by: denierNames(q.denials),
    definition: q.definition ?? '',
    parts_exceed_total: q.parts_exceed_total,
  }));
}


export function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort(compare);
}

export const ROWS = {
  incidents: incidentRows,
  figures: figureRows,
  quarterly: quarterlyRows,
  claims: claimRows,
  sources: sourceRows,
  ...EVIDENCE_ROWS,
} as const;
