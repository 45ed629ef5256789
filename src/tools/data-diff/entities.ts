import type { ActorRecord, DenialRecord, PlaceRecord, ReportRecord, SiteData } from '../../model/records.ts';
import { diffSection, type Section } from './section.ts';
import { list, span } from './words.ts';

/** Reports and their accounts, report-wide denials, places and actors. */

export function diffReports(before: SiteData, after: SiteData): Section {
  const fields = (r: ReportRecord) => ({ by: r.by, title: r.title ?? '—', kind: r.kind ?? 'quoted only', accounts: list(r.account_ids) });
  return diffSection(before.reports, after.reports, {
    key: (r) => r.id,
    fields,
    summary: (r) => `${r.by}${r.kind ? ` (${r.kind})` : ''}${r.title ? `, "${r.title}"` : ''}; accounts: ${list(r.account_ids)}`,
    source: (r) => list(r.account_ids),
  });
}

/** A report-wide denial has no id: it is keyed by the article stating it, the report and whom it covers. */
export function diffReportDenials(before: SiteData, after: SiteData): Section {
  const key = (d: DenialRecord) => `${d.source_id}: ${d.report_id ?? '?'} / ${d.against.join(', ')}`;
  const fields = (d: DenialRecord) => ({ by: d.by, 'by actor': d.by_actor ?? '—', date: d.date ? span(d.date) : '—', statement: d.statement });
  return diffSection(before.report_denials, after.report_denials, {
    key,
    fields,
    summary: (d) => `${d.by} denies every allegation of ${d.report_id ?? '?'} against ${list(d.against)}: ${d.statement}`,
    source: (d) => d.source_id,
  });
}

export function diffPlaces(before: SiteData, after: SiteData): Section {
  const where = (p: PlaceRecord) => [p.admin2, p.admin1, p.country].filter(Boolean).join(', ');
  const at = (p: PlaceRecord) => (p.lat === null || p.lon === null ? 'no coordinates' : `${p.lat}, ${p.lon} (${p.location_precision ?? 'precision not stated'})`);
  return diffSection(before.places, after.places, {
    key: (p) => p.id,
    fields: (p) => ({ name: p.name, kind: p.kind, in: where(p), coordinates: at(p) }),
    summary: (p) => `${p.name} (${p.kind}; ${where(p)}; ${at(p)})`,
    source: (p) => `places/${p.id}.md`,
  });
}

export function diffActors(before: SiteData, after: SiteData): Section {
  return diffSection(before.actors, after.actors, {
    key: (a) => a.id,
    fields: (a: ActorRecord) => ({ name: a.name, aliases: list(a.aliases), category: a.category, description: a.description }),
    summary: (a) => `${a.name} (${a.category}; aliases: ${list(a.aliases)})`,
    source: (a) => `actors/${a.id}.md`,
  });
}
