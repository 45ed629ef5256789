/**
 * Indexes a built site for search with Pagefind, reusing the previous index when no page it reads
 * changed (see index-cache.ts for why the whole index, and what was measured).
 *
 * The index is written to a folder beside its final place and renamed into `<site>/pagefind` only
 * when Pagefind succeeded, so a failed run leaves no half-written index. It prints
 * `Pagefind indexed <dir> in N ms.`, which scripts/bench/phases.ts reads.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { indexKey, pagefindVersion, restoreIndex, storeIndex } from './index-cache.ts';

/** Runs a command; resolves to whether it succeeded (scripts/build-site.ts's runner). */
export type Runner = (cmd: string, args: string[]) => Promise<boolean>;

export type IndexSiteOptions = { site: string; label: string; projectRoot: string; cacheDir: string; run: Runner };

/** Resolves to whether the site has a whole index at `<site>/pagefind`; on failure it says so on stderr. */
export async function indexSite({ site, label, projectRoot, cacheDir, run }: IndexSiteOptions): Promise<boolean> {
  const started = performance.now();
  const target = path.join(site, 'pagefind');
  const partial = path.join(site, `.pagefind-partial-${process.pid}`);
  await rm(target, { recursive: true, force: true });
  const key = await indexKey(site, pagefindVersion(projectRoot), PAGEFIND_ARGS);
  const done = (how: string) => process.stdout.write(`Pagefind indexed ${label} in ${Math.round(performance.now() - started)} ms${how}.\n`);

  if (await restoreIndex(cacheDir, key, target)) {
    done(' (no page changed: the previous index, copied from the cache)');
    return true;
  }
  await rm(partial, { recursive: true, force: true });
  const ok = await run(path.join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', site, '--output-path', partial, ...PAGEFIND_ARGS]);
  if (!ok || !existsSync(path.join(partial, 'pagefind-entry.json'))) {
    await rm(partial, { recursive: true, force: true });
    process.stderr.write(
      `Build failed: Pagefind could not write the search index for ${label} (its own message is above). ` +
        `The pages are built, but ${path.join(label, 'pagefind')} was not written, so search would not work. ` +
        'Run `npm run build` again; if it fails the same way, run `npx pagefind --site ' + label + '` to see the whole error.\n',
    );
    process.exitCode = 1;
    return false;
  }
  await rename(partial, target);
  done('');
  try {
    await storeIndex(cacheDir, key, target);
  } catch (e) {
    process.stderr.write(`Build: the search index could not be kept for the next build (${(e as Error).message}); the next build will index every page again.\n`);
  }
  return true;
}

/** Pagefind's options beyond the site and output folders; part of the cache key. */
const PAGEFIND_ARGS = ['--silent'] as const;
