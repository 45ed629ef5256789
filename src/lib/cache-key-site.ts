import { siteData } from '../data/site-data.ts';
import { cacheKeyOf, type Lookup } from './cache-key.ts';
import { actors, articles, figures, incidents, incidentsForActor, incidentsNewestFirst, incidentYears, places, reports, sources } from './records.ts';

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

// articleForSource (src/lib/records.ts): the article with the source's id, else the first article
// (in data order) citing that source. The same rule, indexed once, so each look-up is O(1).
let firstArticleBySource: Map<string, object> | undefined;
function articleForSourceIndexed(s: string): object | undefined {
  if (!firstArticleBySource) {
    firstArticleBySource = new Map();
    for (const a of siteData.articles) if (!firstArticleBySource.has(a.source_id)) firstArticleBySource.set(a.source_id, a);
  }
  return articles.get(s) ?? firstArticleBySource.get(s);
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

/** Every record a string names, by every look-up the pages use. */
export const siteLookup: Lookup = (s) => {
  const found: [string, object][] = [];
  for (const [name, table] of TABLES) {
    const r = table.get(s);
    if (r) found.push([`${name}:${s}`, r]);
  }
  const a = articleForSourceIndexed(s);
  if (a) found.push([`article-for-source:${s}`, a]);
  return found;
};

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
