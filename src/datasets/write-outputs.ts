import path from 'node:path';
import type { SiteData } from '../model/records.ts';
import { faultyFs, parseFault, realFs, type DataFs } from './data-fs.ts';
import { publicDataFiles } from './serialise.ts';
import { publishSet, type Published } from './write-atomic.ts';

export type OutputDirs = {
  /** Where the downloads are served from (public/data): becomes a link into the store. */
  publicData: string;
  /** Where the pages import their JSON from (src/generated): becomes a link into the store. */
  generated: string;
  /** Where the versioned sets live (.data at the project root). */
  store: string;
};

/** Every output file of one run, by its path in a set: `data/…` (downloads) and `generated/…`. */
export function outputFiles(data: SiteData): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, text] of publicDataFiles(data)) files.set(`data/${name}`, text);
  // Read only by the build, never by people, so compact: a third smaller and quicker to import.
  files.set('generated/site-data.json', `${JSON.stringify(data)}\n`);
  return files;
}

/**
 * What the data step writes: the public downloads and the JSON the pages import, published
 * together as one set (see write-atomic.ts). `MALI_DATA_FAULT` injects a fault for the tests.
 */
export async function writeDataOutputs(data: SiteData, dirs: OutputDirs, fs: DataFs = envFs()): Promise<Published> {
  return publishSet(path.resolve(dirs.store), outputFiles(data), { data: path.resolve(dirs.publicData), generated: path.resolve(dirs.generated) }, fs);
}

function envFs(): DataFs {
  const fault = parseFault(process.env.MALI_DATA_FAULT);
  return fault ? faultyFs(realFs, fault) : realFs;
}
