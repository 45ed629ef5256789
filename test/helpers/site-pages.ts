import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';

export interface SitePage {
  /** Path on the site, e.g. `/incidents/hombori-2022-04-19/`. */
  route: string;
  /** The built file. */
  file: string;
  /** The page type: the route with its last, record-specific segment generalised (see pageType). */
  type: string;
}

/** Every HTML file under dir, sorted (deterministic test order). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function routeOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * A page's type, found from the built tree and the data rather than a hand-kept list, so new pages
 * are covered the day they land: a route whose last segment is a record id from siteData (an
 * incident, actor, article, place, category, quarter…) or a page number is a detail page, typed
 * `/incidents/*`; every other route is its own type (`/`, `/methodology/`, `/charts/quarterly/`).
 */
export function sitePages(dist: string, knownIds: ReadonlySet<string> = dataIds()): SitePage[] {
  const files = htmlFiles(dist);
  const routes = files.map((file) => ({ file, route: routeOf(dist, file) }));
  // A folder of many sibling pages is a collection (e.g. /embed/<chart>/) even when its names are not data ids.
  const siblings = new Map<string, number>();
  for (const { route } of routes) siblings.set(parentOf(route), (siblings.get(parentOf(route)) ?? 0) + 1);
  return routes.map(({ file, route }) => {
    const last = route.replace(/\/$/, '').split('/').at(-1) ?? '';
    const parent = parentOf(route);
    const isDetail = route !== '/' && (knownIds.has(last.toLowerCase()) || /^\d+$/.test(last) || (parent !== '/' && (siblings.get(parent) ?? 0) >= COLLECTION));
    return { file, route, type: isDetail ? `${parent}*` : route };
  });
}

/** How many sibling pages make a folder a collection of one page type. */
const COLLECTION = 4;

/** Ids (lowercased) of every record in the site data: the names detail pages are built from. */
export function dataIds(data: unknown = readSiteData()): Set<string> {
  const ids = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (/^(id|quarter|category|.*_ids?|.*_categor(y|ies))$/.test(key) && /^[A-Za-z0-9-]+$/.test(v)) ids.add(v.toLowerCase());
    } else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data, '');
  return ids;
}

function readSiteData(): unknown {
  return readSiteDataRaw(path.join(ROOT, 'src/generated'));
}

function parentOf(route: string): string {
  const trimmed = route.replace(/\/$/, '');
  const i = trimmed.lastIndexOf('/');
  return i <= 0 ? '/' : `${trimmed.slice(0, i)}/`;
}

/**
 * One page of each type, the set the slower browser checks visit: the largest built file of the
 * type, as the page with the most on it is the likeliest to show a fault.
 */
export function onePerType(pages: SitePage[]): SitePage[] {
  const pick = new Map<string, { page: SitePage; size: number }>();
  for (const page of pages) {
    const size = statSync(page.file).size;
    const cur = pick.get(page.type);
    if (!cur || size > cur.size) pick.set(page.type, { page, size });
  }
  return [...pick.values()].map((v) => v.page).sort((a, b) => a.type.localeCompare(b.type));
}
