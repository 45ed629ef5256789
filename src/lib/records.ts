import { siteData } from '../data/site-data.ts';
import type { ArticleRecord, ClaimRecord, FigureRecord, HarmCounts, IncidentRecord, SourceRecord } from '../model/records.ts';
import { HARM_TYPES, MEASURE_LABELS, MEASURE_UNITS } from '../schema/measure.ts';
import { SERIES_LABELS } from '../schema/category.ts';
import type { Count } from '../schema/count.ts';
import { formatCount } from '../format/count.ts';
import { quarterRange } from '../pipeline/quarters.ts';

/** Look-ups the pages share, built once from siteData. Pages never compute casualty numbers. */

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));

export const sources = byId(siteData.sources);
export const reports = byId(siteData.reports);
export const actors = byId(siteData.actors);
export const places = byId(siteData.places);
export const incidents = byId(siteData.incidents);
export const figures = byId(siteData.figures);
export const articles = byId(siteData.articles);

/** A count in words, or "no data" — never 0 for a missing number. */
export function countText(c: Count | null | undefined): string {
  return c ? formatCount(c) : 'no data';
}

/** "killed: at least 50; injured: 3" — each harm with its own bound. */
export function harmCountsText(counts: HarmCounts): string {
  const parts = HARM_TYPES.flatMap((h) => (counts[h] ? [`${h}: ${formatCount(counts[h])}`] : []));
  return parts.join('; ');
}

export function perpetratorLabel(f: FigureRecord): string {
  if (f.perpetrator_id && f.perpetrator_id !== 'all') return actors.get(f.perpetrator_id)?.name ?? f.perpetrator_id;
  return SERIES_LABELS[f.perpetrator_category];
}

export function measureLabel(f: FigureRecord): string {
  return MEASURE_LABELS[f.measure];
}

export function unitOf(f: FigureRecord): string {
  return MEASURE_UNITS[f.measure];
}

/** Newest first by date added, then id: a stable order. */
export const articlesNewestFirst: ArticleRecord[] = [...siteData.articles].sort(
  (a, b) => (b.updated ?? b.added).localeCompare(a.updated ?? a.added) || a.id.localeCompare(b.id),
);

export function sourceOf(article: ArticleRecord): SourceRecord | undefined {
  return sources.get(article.source_id);
}

/** The article that summarises a source (article and source share an id; fall back to a search). */
export function articleForSource(sourceId: string): ArticleRecord | undefined {
  return articles.get(sourceId) ?? siteData.articles.find((a) => a.source_id === sourceId);
}

/** Quarters with at least one reported or derived figure, oldest first. */
export const quartersWithData: string[] = [
  ...new Set([...siteData.figures.flatMap((f) => (f.quarter ? [f.quarter] : [])), ...siteData.quarterly.map((q) => q.quarter)]),
].sort();

/** Every quarter from the first to the last with data, so gaps show as "no data". */
export const allQuarters: string[] = quartersWithData.length
  ? quarterRange(quartersWithData[0]!, quartersWithData[quartersWithData.length - 1]!)
  : [];

export function quarterLabel(q: string): string {
  const [y, n] = q.split('-Q');
  return `Q${n} ${y}`;
}

export function figuresForQuarter(q: string): FigureRecord[] {
  return siteData.figures.filter((f) => f.quarter === q);
}

/** Figures for periods that are not one quarter but overlap it (a half-year, "since May"). */
export function overlappingFigures(q: string, start: string, end: string): FigureRecord[] {
  return siteData.figures.filter((f) => f.quarter !== q && f.period.start <= end && start <= f.period.end && f.quarter === null);
}

export function incidentsForActor(actorId: string): IncidentRecord[] {
  return siteData.incidents.filter((i) => i.perpetrator_ids.includes(actorId));
}

/** Figures whose source names the actor (as the figure's perpetrator or among its actors). */
export function figuresForActor(actorId: string): FigureRecord[] {
  return siteData.figures.filter((f) => f.actor_ids.includes(actorId));
}

export function claimsByActor(actorId: string): ClaimRecord[] {
  return [...siteData.incidents.flatMap((i) => i.claims), ...siteData.figure_claims].filter((c) => c.by_actor === actorId);
}

/** Incidents newest first. */
export const incidentsNewestFirst: IncidentRecord[] = [...siteData.incidents].sort(
  (a, b) => b.date.start.localeCompare(a.date.start) || a.id.localeCompare(b.id),
);

/** The claims made about any of these figures (e.g. a government rejecting a UN note). */
export function claimsAboutFigures(ids: readonly string[]): ClaimRecord[] {
  const set = new Set(ids);
  return siteData.figure_claims.filter((c) => c.figure_ids.some((id) => set.has(id)));
}
