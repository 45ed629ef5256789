import { siteData } from '../data/site-data.ts';
import { cacheKeyOf, type Lookup } from './cache-key.ts';
import { actors, articleForSource, articles, figures, firstArticleBySource, incidents, incidentsForActor, incidentsNewestFirst, incidentYears, places, reports, sources } from './records.ts';

/**
 * Page cache keys bound to this build's data (the scheme is in src/lib/cache-key.ts). A page's
 * getStaticPaths passes its roots: its props plus every list its template computes by scanning
 * the data, computed with the same functions the template calls. Whatever the template (or a
 * component it renders) reads that is neither in the roots nor named by id from them must be
 * added to the roots, or the page can be published stale.
 */

/** What every page shows whatever its record: the footer's "Data last updated" (src/layouts/Base.astro). */
export function siteWideValues(): unknown {
  return { updated: siteData.updated };
}

const TABLES = [
  ['source', sources],
  ['report', reports],
  ['actor', actors],
  ['place', places],
  ['incident', incidents],
  ['figure', figures],
  ['article', articles],
] as const;

// Every string that names a record, with the records it names, indexed once per build: each
// look-up is one Map.get, and the index holds what the pages' own look-ups return.
type Ref = readonly [string, object];
let index: Map<string, Ref[]> | undefined;
const NONE: readonly Ref[] = [];
function buildIndex(): Map<string, Ref[]> {
  const m = new Map<string, Ref[]>();
  const add = (s: string, name: string, record: object) => (m.get(s) ?? m.set(s, []).get(s)!).push([`${name}:${s}`, record]);
  for (const [name, table] of TABLES) for (const [id, record] of table as ReadonlyMap<string, object>) add(id, name, record);
  // articleForSource (src/lib/records.ts) itself, for every string it answers: an article's id or
  // a cited source's id.
  for (const s of new Set([...articles.keys(), ...firstArticleBySource().keys()])) add(s, 'article-for-source', articleForSource(s)!);
  return m;
}

/** Every record a string names, by every look-up the pages use. */
export const siteLookup: Lookup = (s) => (index ??= buildIndex()).get(s) ?? NONE;

/** The cacheKey of a page whose content is its roots, what they name, and the site-wide values. */
export function pageCacheKey(roots: unknown): string {
  return cacheKeyOf(roots, siteLookup, siteWideValues());
}

/**
 * What the incident lists' filters show (src/components/IncidentFilters.astro): the number of
 * incidents, each year's count and each actor's name and count. Built once; a root of every page
 * that renders the filters.
 */
let filters: unknown;
export function incidentFiltersRoot(): unknown {
  filters ??= {
    all: incidentsNewestFirst.length,
    years: incidentYears.map(({ year, incidents: list }) => [year, list.length]),
    actors: siteData.actors.map((a) => [a, incidentsForActor(a.id).length]),
  };
  return filters;
}
