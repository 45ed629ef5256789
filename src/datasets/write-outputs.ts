import type { SiteData } from '../model/records.ts';
import { publicDataFiles } from './serialise.ts';
import { writeFilesAtomically } from './write-atomic.ts';

/**
 * What the data step writes: the public downloads (served under /data/) and the JSON the pages
 * import. The latter is read only by the build, never by people, so it is compact: a third
 * smaller and quicker to write and import than indented JSON.
 */
export async function writeDataOutputs(data: SiteData, dirs: { publicData: string; generated: string }): Promise<void> {
  await writeFilesAtomically(dirs.publicData, publicDataFiles(data));
  await writeFilesAtomically(dirs.generated, new Map([['site-data.json', `${JSON.stringify(data)}\n`]]));
}

