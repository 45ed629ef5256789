import { createHash } from 'node:crypto';
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

/** JSON with every object's keys sorted: one text per value, whatever order its fields were built in. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : sortedJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The version of one record, for "Cite this" on its page: the first 16 hex digits of the sha256 of
 * the record as the data step publishes it for the pages (src/generated/site-data-<part>.json),
 * as JSON with keys sorted. A record page cites its own record's
 * version, not the data set's: the data set's version changes with every edit anywhere, which
 * would tell a reader the record changed when it did not, and would force every record page to be
 * re-rendered on every build (docs/performance.md). The data page keeps citing the data set.
 */
export function recordVersion(record: unknown): string {
  return createHash('sha256').update(sortedJson(record)).digest('hex').slice(0, 16);
}
