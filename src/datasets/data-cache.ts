import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDay } from '../pipeline/date-domain.ts';

/**
 * The data step's cache: when nothing it reads has changed since a run whose set is still in the
 * store, that set is published again and nothing is parsed, derived or written.
 *
 * The key is the sha256 of everything the output depends on: every entry under the content
 * folder (names, kinds and bytes; links by their target, as the reader reports them), every
 * source file of the project's code (src/, the data step's script, the boundary data, the
 * lockfile), the build day (dates after it are errors) and the Node version. Anything else
 * changes nothing the data step makes, so a hit gives the very bytes a fresh run would: the set
 * is named by the hash of its files. An entry is `<store>/cache/<key>.json` holding the set's
 * version and the problems the run printed, so a hit prints the same warnings.
 */
export type CacheEntry = { version: string; problems: string[]; summary: string };

const CODE = ['src', 'scripts/build-data.ts', 'data', 'package-lock.json'];
/** The project this code is part of: its code is what runs, whatever --root names. */
const PROJECT = path.resolve(import.meta.dirname, '../..');

/**
 * The cache key of a data step over `contentDir`, with file names in problems relative to `root`.
 */
export async function dataStepKey(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const h = createHash('sha256');
  h.update(`day ${buildDay(env)}\0node ${process.version}\0root ${path.resolve(root)}\0content ${path.resolve(contentDir)}\0`);
  await hashTree(h, contentDir, 'content');
  for (const item of CODE) {
    // src/generated is the data step's own output (a link into the store): never an input.
    await hashTree(h, path.join(PROJECT, item), item, (rel) => rel === 'src/generated');
  }
  return h.digest('hex');
}

async function hashTree(h: ReturnType<typeof createHash>, abs: string, rel: string, skip: (rel: string) => boolean = () => false): Promise<void> {
  if (skip(rel)) return;
  const st = await lstat(abs).catch(() => null);
  if (!st) return void h.update(`missing ${rel}\0`);
  if (st.isSymbolicLink()) return void h.update(`link ${rel} ${await readlink(abs)}\0`);
  if (st.isDirectory()) {
    h.update(`dir ${rel}\0`);
    for (const name of (await readdir(abs)).sort()) await hashTree(h, path.join(abs, name), `${rel}/${name}`, skip);
    return;
  }
  if (!st.isFile()) return void h.update(`special ${rel}\0`);
  h.update(`file ${rel} ${st.size}\0`);
  h.update(await readFile(abs));
}

const entryFile = (store: string, key: string) => path.join(store, 'cache', `${key}.json`);

/** The entry for `key`, if its set is still in the store with its manifest; else null. */
export async function readCache(store: string, key: string): Promise<CacheEntry | null> {
  try {
    const entry = JSON.parse(await readFile(entryFile(store, key), 'utf8')) as CacheEntry;
    const manifest = JSON.parse(await readFile(path.join(store, 'sets', entry.version, 'manifest.json'), 'utf8')) as { version?: string };
    return manifest.version === entry.version ? entry : null;
  } catch {
    return null;
  }
}

/** Records a run (written beside and renamed, so a reader never sees half an entry); drops entries whose set is gone. */
export async function writeCache(store: string, key: string, entry: CacheEntry): Promise<void> {
  const dir = path.join(store, 'cache');
  await mkdir(dir, { recursive: true });
  const tmp = `${entryFile(store, key)}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(entry)}\n`);
  await rename(tmp, entryFile(store, key));
  const sets = new Set(await readdir(path.join(store, 'sets')).catch(() => [] as string[]));
  for (const name of await readdir(dir)) {
    // Half-written entries of killed runs, and entries whose set was pruned, go.
    if (!name.endsWith('.json')) {
      if (!name.endsWith(`.tmp-${process.pid}`)) await rm(path.join(dir, name), { force: true });
      continue;
    }
    const version = await readFile(path.join(dir, name), 'utf8').then((t) => (JSON.parse(t) as CacheEntry).version, () => null);
    if (!version || !sets.has(version)) await rm(path.join(dir, name), { force: true });
  }
}
