import { siteData } from '../data/site-data.ts';
import type { ArticleRecord, ClaimRecord, DenialRecord, FigureRecord, HarmCounts, IncidentRecord, PlaceRecord, SourceRecord } from '../model/records.ts';
import { unitsOf } from '../geo/place-links.ts';
import { denierNames } from '../model/denial-voices.ts';
import { relatedIncidents, relatedIndex, type Related, type RelatedIndex } from './related-incidents.ts';
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

// Indexes built on first use, once per build. Record pages asked these questions with a scan of
// the whole data set each (an incident page searched every incident, an article page every figure
// and claim), so page generation grew with the square of the archive: at 10,000 synthetic
// articles an article page took 17 ms and an incident page 19 ms, against 5 and 10 at 1,000.
const lazily = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
/** Each cited source's first article, in data order (articleForSource's fallback; the cache keys index it too). */
export const firstArticleBySource: () => ReadonlyMap<string, ArticleRecord> = lazily(() => {
  const m = new Map<string, ArticleRecord>();
  for (const a of siteData.articles) if (!m.has(a.source_id)) m.set(a.source_id, a);
  return m;
});
const countedInIndex = lazily(() => Map.groupBy(siteData.incidents.filter((i) => i.same_victims_as), (i) => i.same_victims_as!));
const derivedBySource = lazily(() => Map.groupBy(siteData.figures.filter((f) => f.derived), (f) => f.source_id));
const figureClaimsBySource = lazily(() => Map.groupBy(siteData.figure_claims, (c) => c.source_id));
const reportDenialsBySource = lazily(() => Map.groupBy(siteData.report_denials, (d) => d.source_id));

/** The article that summarises a source: the article with the source's id, else the first (in data order) citing it. */
export function articleForSource(sourceId: string): ArticleRecord | undefined {
  return articles.get(sourceId) ?? firstArticleBySource().get(sourceId);
}

/** The incidents whose victims are counted in this one's (their `same_victims_as`), in data order. */
export function incidentsCountedIn(incidentId: string): readonly IncidentRecord[] {
  return countedInIndex().get(incidentId) ?? [];
}

/** The figures this site derived from a source's figures, in data order. */
export function derivedFiguresOfSource(sourceId: string): readonly FigureRecord[] {
  return derivedBySource().get(sourceId) ?? [];
}

/** The claims a source reports about figures (a government rejecting a UN note…), in data order. */
export function figureClaimsOfSource(sourceId: string): readonly ClaimRecord[] {
  return figureClaimsBySource().get(sourceId) ?? [];
}

/** The denials of whole reports that a source reports, in data order. */
export function reportDenialsOfSource(sourceId: string): readonly DenialRecord[] {
  return reportDenialsBySource().get(sourceId) ?? [];
}

/** Incidents newest first (by the first day of their date), then id: the lists' default order. */
export const incidentsNewestFirst: IncidentRecord[] = [...siteData.incidents].sort(
  (a, b) => b.date.start.localeCompare(a.date.start) || a.id.localeCompare(b.id),
);

/** The years incidents start in, newest first, each with its incidents newest first. */
export const incidentYears: { year: string; incidents: IncidentRecord[] }[] = (() => {
  const m = new Map<string, IncidentRecord[]>();
  for (const i of incidentsNewestFirst) {
    const y = i.date.start.slice(0, 4);
    const list = m.get(y);
    if (list) list.push(i);
    else m.set(y, [i]);
  }
  return [...m].map(([year, incidents]) => ({ year, incidents }));
})();

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

/** Incidents held against each actor by at least one source, newest first; built once. */
let byActor: Map<string, IncidentRecord[]> | undefined;
export function incidentsForActor(actorId: string): IncidentRecord[] {
  if (!byActor) {
    const m = new Map<string, IncidentRecord[]>();
    for (const i of incidentsNewestFirst) for (const a of i.perpetrator_ids) (m.get(a) ?? m.set(a, []).get(a)!).push(i);
    byActor = m;
  }
  return byActor.get(actorId) ?? [];
}

/** Figures whose source names the actor (as the figure's perpetrator or among its actors), newest period first. */
let figuresByActor: Map<string, FigureRecord[]> | undefined;
export function figuresForActor(actorId: string): FigureRecord[] {
  if (!figuresByActor) {
    const m = new Map<string, FigureRecord[]>();
    const newest = [...siteData.figures].sort((a, b) => b.period.start.localeCompare(a.period.start) || a.id.localeCompare(b.id));
    for (const f of newest) for (const a of new Set(f.actor_ids)) (m.get(a) ?? m.set(a, []).get(a)!).push(f);
    figuresByActor = m;
  }
  return figuresByActor.get(actorId) ?? [];
}

/** Claims an actor makes (counter-claims, denials…), newest claim first (undated last). */
export function claimsByActor(actorId: string): ClaimRecord[] {
  return [...siteData.incidents.flatMap((i) => i.claims), ...siteData.figure_claims]
    .filter((c) => c.by_actor === actorId)
    .sort((a, b) => (b.date?.start ?? '').localeCompare(a.date?.start ?? '') || a.id.localeCompare(b.id));
}


/** The claims made about any of these figures (e.g. a government rejecting a UN note). */
export function claimsAboutFigures(ids: readonly string[]): ClaimRecord[] {
  const set = new Set(ids);
  return siteData.figure_claims.filter((c) => c.figure_ids.some((id) => set.has(id)));
}

/** Every denial that covers an incident, said in one line: "Denied by the army (2022-04-05)". */
export function deniedBy(i: IncidentRecord): string[] {
  // One entry per voice: outlets relaying one statement are one denier (src/model/denial-voices.ts).
  return denierNames(i.denials);
}

/**
 * What a place's pages list: incidents at the place itself, and incidents elsewhere in its area
 * (its cercle; its region for a region; anywhere for the country), each newest first. The same
 * rule as placeSiblings (src/geo/place-links.ts), with each place's units looked up once, so the
 * place pages cost one pass over the incidents, not one search of the gazetteer per incident.
 */
let unitsByPlace: Map<string, ReturnType<typeof unitsOf>> | undefined;
export function incidentsAroundPlace(place: PlaceRecord): { here: IncidentRecord[]; nearby: IncidentRecord[]; figures: FigureRecord[] } {
  unitsByPlace ??= new Map(siteData.places.map((p) => [p.id, unitsOf(p)]));
  const own = unitsByPlace.get(place.id) ?? unitsOf(place);
  const inArea = (id: string) => {
    const u = unitsByPlace!.get(id);
    if (!u) return false;
    if (place.kind === 'region') return !!own.region && u.region?.id === own.region.id;
    if (place.kind === 'country') return true;
    return !!own.cercle && u.cercle?.id === own.cercle.id;
  };
  const here: IncidentRecord[] = [];
  const nearby: IncidentRecord[] = [];
  for (const i of incidentsNewestFirst) {
    if (i.place_id === place.id) here.push(i);
    else if (inArea(i.place_id)) nearby.push(i);
  }
  const figures = siteData.figures.filter((f) => f.where.some((id) => id === place.id || inArea(id)));
  return { here, nearby, figures };
}

/** Related incidents (same place, same words for a perpetrator, same report), from one index per build. */
let related: RelatedIndex | undefined;
export function relatedToIncident(i: IncidentRecord): Related[] {
  related ??= relatedIndex(incidentsNewestFirst);
  return relatedIncidents(i, related);
}
