import { createHash } from 'node:crypto';
import path from 'node:path';
import { realFs, type DataFs } from './data-fs.ts';

/**
 * Publishes the data step's output as ONE versioned set with ONE atomic switch.
 *
 * The pages read src/generated/ and the downloads are public/data/: two folders that must always
 * come from the same run. Renaming two folders (or many files) can never be atomic, so both are
 * fixed symlinks into a store, and the store holds a single `current` symlink naming the set:
 *
 *   <store>/sets/<version>/generated/site-data-*.json one complete, verified set
 *   <store>/sets/<version>/data/…                     (version = hash of its files' hashes)
 *   <store>/sets/<version>/manifest.json              sha256 of every file, written last
 *   <store>/current → sets/<version>                  THE switch: replaced by one rename(2)
 *   src/generated → <store>/current/generated         fixed links, made once
 *   public/data   → <store>/current/data
 *
 * A new set is written to <store>/.tmp-<pid>, synced to disk, and renamed into sets/ only when
 * whole; then `current` is swapped. A kill, a full disk or a failed rename at any point before
 * that swap leaves `current` naming the previous set, untouched; after it, the new set is whole.
 * Temporary output lives in the store, outside public/, so it can never reach dist/.
 */

export type Published = { version: string; reused: boolean };
export type SetLinks = Readonly<Record<string, string>>;

const SETS = 'sets';
const CURRENT = 'current';
const MANIFEST = 'manifest.json';

/**
 * The version of a set: the first 16 hex digits of the sha256 of its file names and their sha256s
 * (the manifest's list), so each file is hashed once, as it is written, and never held twice.
 */
export function setVersion(files: ReadonlyMap<string, string>): string {
  return versionOf(new Map([...files].map(([name, text]) => [name, sha256(text)])));
}

/** The version from each file's sha256 (name → hash), in name order. */
export function versionOf(hashes: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  for (const name of [...hashes.keys()].sort()) h.update(`${name}\0${hashes.get(name)}\0`);
  return h.digest('hex').slice(0, 16);
}

export function manifestOf(version: string, hashes: ReadonlyMap<string, string>): string {
  const files = Object.fromEntries([...hashes.keys()].sort().map((n) => [n, hashes.get(n)!]));
  return `${JSON.stringify({ $comment: 'written by scripts/build-data.ts; do not edit', version, files }, null, 2)}\n`;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Writes `files` (paths like `data/x.csv`, `generated/site-data-incidents.json`) as a set in
 * `store`, makes it current, and points each link (e.g. { generated: '/abs/src/generated' }) at
 * `<store>/current/<name>`. Throws on failure, with the previous set still current.
 *
 * `files` may be a generator: each file is encoded once, hashed, written and let go before the
 * next is made, so the run never holds all of its output at once (at 10,000 articles that is
 * some 300 million characters). The version is known only when the last file is written, so a
 * set identical to one already in the store is written to the temporary folder and then dropped.
 */
export async function publishSet(
  store: string,
  files: Iterable<readonly [string, string | Iterable<string>]>,
  links: SetLinks,
  fs: DataFs = realFs,
): Promise<Published> {
  await fs.mkdir(path.join(store, SETS), { recursive: true });
  await cleanStale(store, links, fs);
  const tmp = path.join(store, `.tmp-${process.pid}`);
  const version = await writeTemporary(tmp, files, fs);
  const dir = path.join(store, SETS, version);
  const reused = await verifySet(dir, fs).then((r) => r === null);
  if (reused) await fs.rm(tmp, { recursive: true, force: true });
  else await moveIntoPlace(tmp, dir, fs);
  await switchTo(store, version, links, fs);
  return { version, reused };
}

/**
 * Makes the set `version`, already whole in the store, current (one atomic rename), points the
 * links at it, and keeps it and the previous set only. The data step's cache (data-cache.ts)
 * publishes an unchanged set this way without writing it again.
 */
export async function switchTo(store: string, version: string, links: SetLinks, fs: DataFs = realFs): Promise<void> {
  await cleanStale(store, links, fs);
  const previous = await fs.readlink(path.join(store, CURRENT)).catch(() => null);
  // The switch: a new symlink under a temporary name, renamed over the old one (atomic).
  const tmpLink = path.join(store, `.current-${process.pid}`);
  await fs.rm(tmpLink, { force: true });
  await fs.symlink(path.join(SETS, version), tmpLink);
  await fs.rename(tmpLink, path.join(store, CURRENT));
  await syncDir(store, fs);
  for (const [name, at] of Object.entries(links)) await ensureLink(at, path.join(store, CURRENT, name), fs);
  await prune(store, new Set([version, previous && path.basename(previous)].filter((v): v is string => !!v)), fs);
}

/** Writes every file into `tmp`, each synced, then the manifest (last); returns the set's version. */
async function writeTemporary(tmp: string, files: Iterable<readonly [string, string | Iterable<string>]>, fs: DataFs): Promise<string> {
  await fs.rm(tmp, { recursive: true, force: true });
  try {
    const made = new Set<string>();
    const hashes = new Map<string, string>();
    for (const [name, text] of files) {
      if (hashes.has(name)) throw new Error(`the data step wrote ${name} twice`);
      const target = path.join(tmp, name);
      const parent = path.dirname(target);
      if (!made.has(parent)) {
        await fs.mkdir(parent, { recursive: true });
        made.add(parent);
      }
      // Each piece encoded once: the same bytes are hashed and written, then let go.
      const h = createHash('sha256');
      await fs.writeDurable(target, encode(typeof text === 'string' ? [text] : text, h));
      hashes.set(name, h.digest('hex'));
    }
    const version = versionOf(hashes);
    // The manifest last: a set without one is never taken for whole.
    await fs.writeDurable(path.join(tmp, MANIFEST), manifestOf(version, hashes));
    return version;
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    throw err;
  }
}

/** Bytes handed to the writer at a time. */
const PACK = 1 << 20;

/**
 * The pieces' UTF-8, packed into ONE buffer reused for the whole file, each full buffer hashed
 * and handed to the writer. The pieces are small (a row, a separator: serialise.ts), so this is
 * one copy of each byte, no string joined and no memory allocated per piece; a fresh Buffer.from
 * of every piece cost more than serialising at 10,000 articles. A handed-over view is valid only
 * until the next is taken: DataFs.writeDurable writes each before it takes the next (as
 * FileHandle.writeFile does). The bytes are those of Buffer.from(piece) for every piece.
 */
function* encode(pieces: Iterable<string>, h: ReturnType<typeof createHash>): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(PACK);
  let used = 0;
  const flush = () => {
    const bytes = buffer.subarray(0, used);
    h.update(bytes);
    used = 0;
    return bytes;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8, so the piece always fits whole.
    const room = piece.length * 3;
    if (room > buffer.length - used) {
      if (used > 0) yield flush();
      if (room > buffer.length) buffer = Buffer.allocUnsafe(room); // a piece larger than PACK
    }
    used += buffer.write(piece, used, 'utf8');
  }
  if (used > 0) yield flush();
}

async function moveIntoPlace(tmp: string, dir: string, fs: DataFs): Promise<void> {
  try {
    await fs.rm(dir, { recursive: true, force: true }); // a damaged set of the same version
    await fs.rename(tmp, dir);
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    throw err;
  }
}

/**
 * Checks a set against its manifest: null when whole, else what is wrong. The build runs this
 * on the published set, so a damaged or mixed set is never built into a site.
 */
export async function verifySet(dir: string, fs: DataFs = realFs): Promise<string | null> {
  let manifest: { version?: string; files?: Record<string, string> };
  try {
    manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return `${path.basename(dir)} has no readable manifest`;
  }
  if (!manifest.files || manifest.version !== path.basename(dir)) return `${path.basename(dir)} has a manifest for another set`;
  for (const [name, hash] of Object.entries(manifest.files)) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(dir, name));
    } catch {
      return `${name} is missing`;
    }
    if (sha256(bytes) !== hash) return `${name} does not match the manifest`;
  }
  return null;
}

/** Temporary output of runs that were killed: removed before anything else is written. */
async function cleanStale(store: string, links: SetLinks, fs: DataFs): Promise<void> {
  for (const name of await fs.readdir(store)) {
    const m = /^\.(?:tmp|current)-(\d+)$/.exec(name);
    if (m && (Number(m[1]) === process.pid || !alive(Number(m[1])))) await fs.rm(path.join(store, name), { recursive: true, force: true });
  }
  // Earlier versions of the data step staged `.data.tmp-<pid>` beside public/data, where a
  // killed run left it to be published in dist/: remove any that remain.
  for (const at of Object.values(links)) {
    const parent = path.dirname(at);
    const names = await fs.readdir(parent).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith(`.${path.basename(at)}.tmp-`)) await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes `at` a symlink to `target` (relative, so the project can be moved or copied). */
async function ensureLink(at: string, target: string, fs: DataFs): Promise<void> {
  const want = path.relative(path.dirname(at), target);
  const stat = await fs.lstat(at).catch(() => null);
  if (stat?.isSymbolicLink() && (await fs.readlink(at)) === want) return;
  await fs.mkdir(path.dirname(at), { recursive: true });
  const tmp = `${at}.link-${process.pid}`;
  await fs.rm(tmp, { force: true });
  await fs.symlink(want, tmp);
  if (stat && !stat.isSymbolicLink()) {
    // A real folder from before the store existed: moved aside once, then removed.
    const old = `${at}.old-${process.pid}`;
    await fs.rename(at, old);
    await fs.rename(tmp, at);
    await fs.rm(old, { recursive: true, force: true });
    return;
  }
  await fs.rename(tmp, at);
}

/** Keeps the current and the previous set; older ones (and half-deleted ones) go. */
async function prune(store: string, keep: ReadonlySet<string>, fs: DataFs): Promise<void> {
  for (const name of await fs.readdir(path.join(store, SETS))) {
    if (!keep.has(name)) await fs.rm(path.join(store, SETS, name), { recursive: true, force: true });
  }
}

async function syncDir(dir: string, fs: DataFs): Promise<void> {
  await fs.syncDir(dir);
}

/** The folder of the set the links point at, or null when there is none. */
export async function currentSet(store: string, fs: DataFs = realFs): Promise<string | null> {
  const link = await fs.readlink(path.join(store, CURRENT)).catch(() => null);
  return link === null ? null : path.resolve(store, link);
}

/**
 * For a few committed files (the JSON Schemas): each file is written beside itself under a
 * temporary name, synced, then renamed over the old one, so no reader sees half a file. Not one
 * set: use publishSet for output that must change together.
 */
export async function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>, fs: DataFs = realFs): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const [name, text] of files) {
    const target = path.join(dir, name);
    const tmp = `${target}.tmp-${process.pid}`;
    try {
      await fs.writeDurable(tmp, text);
      await fs.rename(tmp, target);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => {});
      throw err;
    }
  }
}
