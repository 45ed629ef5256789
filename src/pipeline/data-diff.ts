import { formatCount } from '../format/count.ts';
import type { FigureRecord, IncidentRecord, QuarterlyRecord, SiteData } from '../model/records.ts';
import type { Count } from '../schema/count.ts';
import { compare } from '../lib/compare.ts';

/**
 * What changes in the published data between two builds, for a reviewer of a pull request:
 * figures, incidents and quarterly chart rows added, removed and changed (old → new, with their
 * sources), and which charts change. Pure: both sides are SiteData built elsewhere.
 */
export type Change = { id: string; source: string; changes: string[] };
export type Section = { added: { id: string; summary: string; source: string }[]; removed: { id: string; summary: string; source: string }[]; changed: Change[] };
export type DataDiff = { figures: Section; incidents: Section; quarterly: Section; charts: { added: string[]; removed: string[]; changed: string[] } };

const countText = (c: Count | null) => (c ? formatCount(c) : 'no count');
const span = (s: { start: string; end: string }) => (s.start === s.end ? s.start : `${s.start} – ${s.end}`);

function figureFields(f: FigureRecord): Record<string, string> {
  return {
    count: `${countText(f.count)}${f.derived ? ' (derived)' : ''}`,
    period: f.quarter ?? span(f.period),
    perpetrator: f.perpetrator_id ?? f.perpetrator_category,
    measure: f.measure,
    share: f.share_percent === null ? '—' : `${f.share_percent}% of ${f.share_of ?? 'an unstated total'}`,
    where: f.where.join(', ') || 'all of Mali',
  };
}

function incidentFields(i: IncidentRecord): Record<string, string> {
  const counts = Object.entries(i.counts).map(([harm, c]) => `${harm} ${formatCount(c!)}`).join(', ');
  return {
    counts: counts || 'no civilian count',
    date: span(i.date),
    place: i.place_id,
    perpetrators: i.perpetrator_ids.join(', ') || 'none',
    status: i.status,
    sources: i.source_ids.join(', '),
  };
}

function quarterlyKey(q: QuarterlyRecord): string {
  return `${q.quarter} ${q.measure} ${q.perpetrator_category}`;
}

function quarterlyFields(q: QuarterlyRecord): Record<string, string> {
  return { count: `${countText(q.count)} (${q.basis})`, figures: q.figure_ids.join(', ') };
}

function section<T>(before: readonly T[], after: readonly T[], key: (t: T) => string, fields: (t: T) => Record<string, string>, source: (t: T) => string, summary: (t: T) => string): Section {
  const a = new Map(before.map((t) => [key(t), t]));
  const b = new Map(after.map((t) => [key(t), t]));
  const out: Section = { added: [], removed: [], changed: [] };
  for (const [id, t] of b) if (!a.has(id)) out.added.push({ id, summary: summary(t), source: source(t) });
  for (const [id, t] of a) if (!b.has(id)) out.removed.push({ id, summary: summary(t), source: source(t) });
  for (const [id, t] of b) {
    const old = a.get(id);
    if (!old) continue;
    const x = fields(old);
    const y = fields(t);
    const changes = Object.keys(y).filter((k) => x[k] !== y[k]).map((k) => `${k}: ${x[k]} → ${y[k]}`);
    if (changes.length) out.changed.push({ id, source: source(t), changes });
  }
  const byId = (p: { id: string }, q: { id: string }) => compare(p.id, q.id);
  out.added.sort(byId);
  out.removed.sort(byId);
  out.changed.sort(byId);
  return out;
}

/**
 * Compares two builds. `charts` renders each chart's model to a comparable string (from
 * src/charts/registry.ts in the script); without it, charts are not compared.
 */
export function diffSiteData(before: SiteData, after: SiteData, charts?: (data: SiteData) => Map<string, string>): DataDiff {
  const figureSummary = (f: FigureRecord) => `${f.measure}, ${f.perpetrator_id ?? f.perpetrator_category}, ${f.quarter ?? span(f.period)}: ${countText(f.count)}${f.derived ? ' (derived)' : ''}`;
  const incidentSummary = (i: IncidentRecord) => `${i.title} (${span(i.date)}, ${i.place_id}): ${incidentFields(i).counts}`;
  const c = { added: [] as string[], removed: [] as string[], changed: [] as string[] };
  if (charts) {
    const a = charts(before);
    const b = charts(after);
    for (const [id, model] of b) {
      if (!a.has(id)) c.added.push(id);
      else if (a.get(id) !== model) c.changed.push(id);
    }
    for (const id of a.keys()) if (!b.has(id)) c.removed.push(id);
    for (const list of Object.values(c)) list.sort();
  }
  return {
    figures: section(before.figures, after.figures, (f) => f.id, figureFields, (f) => f.source_id, figureSummary),
    incidents: section(before.incidents, after.incidents, (i) => i.id, incidentFields, (i) => i.source_ids.join(', '), incidentSummary),
    quarterly: section(before.quarterly, after.quarterly, quarterlyKey, quarterlyFields, (q) => q.figure_ids.join(', '), (q) => countText(q.count)),
    charts: c,
  };
}

export function isEmpty(d: DataDiff): boolean {
  const s = (x: Section) => x.added.length + x.removed.length + x.changed.length;
  return s(d.figures) + s(d.incidents) + s(d.quarterly) + d.charts.added.length + d.charts.removed.length + d.charts.changed.length === 0;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function sectionMarkdown(title: string, s: Section, sourceLabel: string): string[] {
  const lines: string[] = [];
  if (!s.added.length && !s.removed.length && !s.changed.length) return lines;
  lines.push(`### ${title}: ${s.added.length} added, ${s.removed.length} removed, ${s.changed.length} changed`, '');
  const rows = (kind: string, list: Section['added']) => list.map((x) => `| ${kind} | \`${x.id}\` | ${cell(x.summary)} | ${cell(x.source)} |`);
  const changed = s.changed.map((x) => `| changed | \`${x.id}\` | ${cell(x.changes.join('; '))} | ${cell(x.source)} |`);
  lines.push(`| | id | values | ${sourceLabel} |`, '|---|---|---|---|', ...rows('added', s.added), ...rows('removed', s.removed), ...changed, '');
  return lines;
}

/** The Markdown summary a pull request's job summary shows. */
export function diffMarkdown(d: DataDiff, ref: string): string {
  const lines = [`## Data changes against \`${ref}\``, '', `Both sides are built by the current code from their own \`content/\`, so this shows what the content change does.`, ''];
  if (isEmpty(d)) return [...lines, 'No change to the published data.', ''].join('\n');
  lines.push(...sectionMarkdown('Figures', d.figures, 'source'));
  lines.push(...sectionMarkdown('Incidents', d.incidents, 'sources'));
  lines.push(...sectionMarkdown('Quarterly chart rows', d.quarterly, 'figures'));
  const c = d.charts;
  if (c.added.length + c.removed.length + c.changed.length) {
    lines.push('### Charts that change', '');
    for (const id of c.added) lines.push(`- \`${id}\` (new chart)`);
    for (const id of c.removed) lines.push(`- \`${id}\` (removed)`);
    for (const id of c.changed) lines.push(`- \`${id}\``);
    lines.push('');
  }
  return lines.join('\n');
}
