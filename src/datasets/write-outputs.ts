import path from 'node:path';
import type { SiteData } from '../model/records.ts';
import { siteDataParts } from './site-data-files.ts';
import { faultyFs, parseFault, realFs, type DataFs } from './data-fs.ts';
import { joinChunks, publicDataEntries, type Chunks } from './serialise.ts';
import { publishSet, type Published } from './write-atomic.ts';

export type OutputDirs = {
  /** Where the downloads are served from (public/data): becomes a link into the store. */
  publicData: string;
  /** Where the pages read their JSON from (src/generated): becomes a link into the store. */
  generated: string;
  /** Where the versioned sets live (.data at the project root). */
  store: string;
};

/**
 * Every output file of one run, one at a time, by its path in a set: `data/…` (downloads) and
 * `generated/site-data-<part>.json` (the pages' data, one file per part: see
 * src/datasets/site-data-files.ts). Made lazily, so the writer holds one file's text at a time.
 */
export function* outputEntries(data: SiteData): Generator<[string, string | Chunks]> {
  for (const [name, text] of publicDataEntries(data)) yield [`data/${name}`, text];
  for (const [name, text] of siteDataParts(data)) yield [`generated/${name}`, text];
}

/** Every output file of one run, all at once (for tests that compare whole sets). */
export function outputFiles(data: SiteData): Map<string, string> {
  return new Map([...outputEntries(data)].map(([name, text]) => [name, joinChunks(text)]));
}

/**
 * What the data step writes: the public downloads and the JSON the pages read, published
 * together as one set (see write-atomic.ts). `MALI_DATA_FAULT` injects a fault for the tests.
 */
export async function writeDataOutputs(data: SiteData, dirs: OutputDirs, fs: DataFs = envFs()): Promise<Published> {
  return publishSet(path.resolve(dirs.store), outputEntries(data), { data: path.resolve(dirs.publicData), generated: path.resolve(dirs.generated) }, fs);
}

function envFs(): DataFs {
  const fault = parseFault(process.env.MALI_DATA_FAULT);
  return fault ? faultyFs(realFs, fault) : realFs;
}
