import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SiteData } from '../model/records.ts';
import { compactJsonArrayChunks, type Chunks } from './serialise.ts';

/**
 * How the pages' data is stored: one compact JSON file per part of SiteData in src/generated
 * (`site-data-incidents.json`, `site-data-figures.json`, …, and `site-data-meta.json` for the
 * note and the date), not one file for everything. The data step serialises and writes one part
 * at a time (at 10,000 articles the whole is some 120 million characters, which it would
 * otherwise hold twice), and a page reads, parses and checks only the parts it uses
 * (src/data/site-data.ts). Read only by the build and the tests, never by people.
 */

/** The parts: every array of SiteData, in the schema's order. */
export const SITE_DATA_PARTS = Object.keys(SiteData.shape).filter((k) => k !== '$comment' && k !== 'updated') as Exclude<keyof SiteData, '$comment' | 'updated'>[];
export type SiteDataPart = (typeof SITE_DATA_PARTS)[number];
type Meta = Pick<SiteData, '$comment' | 'updated'>;

export const partFile = (part: SiteDataPart | 'meta') => `site-data-${part}.json`;

/** The files of one SiteData, one at a time: name → text (in pieces for the large ones). */
export function* siteDataParts(data: SiteData): Generator<[string, string | Chunks]> {
  const meta: Meta = { $comment: data.$comment, updated: data.updated };
  yield [partFile('meta'), `${JSON.stringify(meta)}\n`];
  for (const part of SITE_DATA_PARTS) yield [partFile(part), compactJsonArrayChunks(data[part])];
}

/** One part as written (unchecked JSON), from a folder like src/generated. */
export function readPart(dir: string, part: SiteDataPart | 'meta'): unknown {
  const file = path.join(dir, partFile(part));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file} cannot be read (${(err as NodeJS.ErrnoException).code}): run \`npm run data\` (or \`npm run build\`) first`);
  }
  return JSON.parse(text);
}

/** Every part, assembled into one SiteData-shaped value (unchecked): for tests and tools. */
export function readSiteDataRaw(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(readPart(dir, 'meta') as Meta) };
  for (const part of SITE_DATA_PARTS) out[part] = readPart(dir, part);
  return out;
}
