import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The version of the data set the pages were built from, as the data step publishes it: the
 * `version` in the manifest of the set that `src/generated` points into (the first 16 hex digits of
 * the sha256 of its files; see src/datasets/write-atomic.ts). Read at build time for "Cite this";
 * null when the set carries no manifest (then citations give the update date alone).
 */
export function dataSetVersion(root = process.cwd()): string | null {
  try {
    const generated = realpathSync(path.join(root, 'src/generated'));
    const manifest = path.join(generated, '..', 'manifest.json');
    if (!existsSync(manifest)) return null;
    const version: unknown = JSON.parse(readFileSync(manifest, 'utf8')).version;
    return typeof version === 'string' && /^[0-9a-f]{8,64}$/.test(version) ? version : null;
  } catch {
    return null;
  }
}
