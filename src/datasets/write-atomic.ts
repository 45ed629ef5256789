import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a set of files so a reader never sees a half-written one: everything goes to a sibling
 * temporary folder first, and only when all of it is written is each file renamed into place
 * (rename is atomic on one file system). A failure before that leaves the old output whole.
 */
export async function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const tmp = path.join(path.dirname(dir), `.${path.basename(dir)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [name, text] of files) {
      const target = path.join(tmp, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    await mkdir(dir, { recursive: true });
    for (const name of files.keys()) {
      const target = path.join(dir, name);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(tmp, name), target);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
