import path from 'node:path';
import { SiteData } from '../model/records.ts';
import { readPart, SITE_DATA_PARTS, type SiteDataPart } from '../datasets/site-data-files.ts';

/**
 * The pages' only door to the data the data step wrote, checked against its schema so every page
 * gets typed records. Run `npm run data` (or `npm run build`) first.
 *
 * The data is stored one part per file (src/datasets/site-data-files.ts) and read from disk when
 * a page first touches that part, then kept: a page that shows actors never parses the incidents.
 * It is read, not imported, so the bundler never turns tens of megabytes of JSON into a module
 * (at 10,000 articles that alone took gigabytes of memory in the build), and so Astro's hash of a
 * page's code does not change with the data. The path is relative to the project root, where
 * `npm run build`, `npm run dev` and the tests run; `MALI_GENERATED` names another folder.
 * `npm run dev` reads the data once: restart it after `npm run data`.
 */
const DIR = path.resolve(process.env.MALI_GENERATED ?? 'src/generated');

const parsed = new Map<keyof SiteData, unknown>();
function load<K extends keyof SiteData>(key: K): SiteData[K] {
  if (!parsed.has(key)) {
    const raw = key === '$comment' || key === 'updated' ? (readPart(DIR, 'meta') as Record<string, unknown>)[key] : readPart(DIR, key as SiteDataPart);
    parsed.set(key, SiteData.shape[key].parse(raw));
  }
  return parsed.get(key) as SiteData[K];
}

export const siteData: SiteData = Object.defineProperties(
  {} as SiteData,
  Object.fromEntries(['$comment', 'updated', ...SITE_DATA_PARTS].map((key) => [key, { enumerable: true, get: () => load(key as keyof SiteData) }])),
);
