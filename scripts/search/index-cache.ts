/**
 * A cache of the whole Pagefind index, keyed by the exact bytes of every HTML page it reads.
 *
 * Why the whole index and not one record per page (issue 16, measured at 1,000 articles, 4,850
 * HTML files, 4,432 indexed): Pagefind's parsing is the smaller part of its time; building and
 * writing the index is most of it (addDirectory 40 s + writeFiles 69 s; every page given as a
 * pre-extracted custom record: 12.6 s + 117 s, on the loaded 2-core machine). Custom records also
 * cannot reproduce what Pagefind reads from HTML (the text of anchors, i.e. sub-results), so a
 * per-page cache would give a different index from a clean one. What a rebuild can skip honestly
 * is the whole run when no page Pagefind reads changed: then the stored output, written by
 * Pagefind itself from the same input, is put back (hard-linked, see copyTree), byte for byte
 * what a fresh run writes (Pagefind's output is deterministic: the CLI and the Node API's
 * addDirectory wrote the same files for the 1,000-article site; test/scripts/search-index.test.ts
 * compares a reused index with a clean one). A rebuild with a changed page pays the key (0.8 s for
 * 139 MB of HTML, quiet machine) on top of a fresh index; one with none changed pays about 0.8 s
 * instead of 10-11 s.
 *
 * The cache lives in node_modules/.cache (per clone, gitignored). A missing, partial or unreadable
 * entry means a fresh index; an entry is written to a temporary folder and renamed into place.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Bump when what the key covers or how an entry is stored changes. */
export const INDEX_CACHE_SCHEME = 1;

/** The HTML files Pagefind reads in a site (every `.html` outside its own `pagefind/` folder), sorted, relative. */
export function htmlFiles(site: string): string[] {
  const all = readdirSync(site, { recursive: true }) as string[];
  return all
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

/**
 * The key of a site's index: the scheme, Pagefind's version, the options it runs with, and every
 * HTML file's path and bytes. Any byte changed anywhere in any page gives another key.
 */
export async function indexKey(site: string, pagefindVersion: string, options: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ scheme: INDEX_CACHE_SCHEME, pagefindVersion, options }));
  // Read one file after another, synchronously: at 4,850 files (139 MB) that took 0.75 s against
  // 3 s with an await per file on the loaded machine.
  for (const file of htmlFiles(site)) {
    const bytes = readFileSync(path.join(site, file));
    hash.update(`\0${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Pagefind's version as installed (it is part of the key: another version writes other files). */
export function pagefindVersion(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const entryName = (key: string) => `v${INDEX_CACHE_SCHEME}-${key}`;

/**
 * Copies the stored index for `key` to `target` (which must not exist yet). Resolves to whether it
 * did; on any failure the partial copy is removed and the caller builds a fresh index.
 */
export async function restoreIndex(cacheDir: string, key: string, target: string): Promise<boolean> {
  const entry = path.join(cacheDir, entryName(key));
  if (!existsSync(path.join(entry, 'pagefind-entry.json'))) return false;
  try {
    copyTree(entry, target);
    return true;
  } catch {
    await rm(target, { recursive: true, force: true });
    return false;
  }
}

/**
 * Stores a freshly written index under `key`, replacing any other entry (one site per clone: only
 * the latest index can be asked for again). Written aside and renamed, so an entry is whole or
 * absent. A failure to store costs the next build a fresh index, never a wrong one, so it is
 * reported by the caller as a warning, not an error.
 */
export async function storeIndex(cacheDir: string, key: string, source: string): Promise<void> {
  const partial = path.join(cacheDir, `.partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  copyTree(source, partial);
  const others = existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f !== path.basename(partial)) : [];
  await Promise.all(others.map((f) => rm(path.join(cacheDir, f), { recursive: true, force: true })));
  await rename(partial, path.join(cacheDir, entryName(key)));
}

/**
 * Puts a folder's files at `to` as hard links (a copy where linking is refused, e.g. across
 * file systems). Not copies: at 1,000 articles an index is ~4,600 files (21 MB), and copying it
 * once to store and once to restore cost 0.8-1.6 s each on a quiet machine, which made a rebuild
 * with a changed page slower than before. Safe because nothing writes to an index's files after
 * Pagefind: each build writes a fresh index into a new folder, and a site's old folder is removed
 * (unlinked), never rewritten. Not fs.cp either: it took 3.1 s against 0.7 s for `cp -r`.
 */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: false });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const [src, dest] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) copyTree(src, dest);
    else {
      try {
        linkSync(src, dest);
      } catch {
        copyFileSync(src, dest);
      }
    }
  }
}
