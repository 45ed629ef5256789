/**
 * Builds the site, then indexes it for search with Pagefind in the same output directory
 * (scripts/search/index-site.ts: the previous index is reused when no page changed).
 * `npm run build -- --outDir /tmp/x` appends its arguments here, so both steps use that directory.
 * First it checks that the data it builds from is one whole, published set (see
 * src/datasets/write-atomic.ts): a site never shows one run's numbers beside another's downloads.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { checkPublishedSet } from '../src/datasets/verify-published.ts';
import { runScript } from '../src/lib/cli.ts';
import { indexSite } from './search/index-site.ts';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outArg = at === -1 ? 'dist' : args[at]!.includes('=') ? args[at]!.split('=')[1]! : args[at + 1]!;
const outDir = path.resolve(outArg);
const projectRoot = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

/** Runs a command with this process's output; resolves to whether it succeeded. Asynchronous, so the previous site is removed meanwhile. */
function run(cmd: string, cmdArgs: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', (e) => {
      process.stderr.write(`Build: could not run ${path.basename(cmd)}: ${e.message}\n`);
      process.exitCode = 1;
      resolve(false);
    });
    child.on('close', (code) => {
      if (code !== 0) process.exitCode = code ?? 1;
      resolve(code === 0);
    });
  });
}

/**
 * Moves the previous site aside and removes it while Astro builds, instead of letting Astro empty
 * the output directory first: with thousands of files, emptying it took 12–36 s of a rebuild on a
 * busy machine, and it overlaps with Vite's bundling here. Folders left by a killed build
 * (`<outDir>.previous-*`) are removed too. The new site is always written to an empty directory,
 * so it is the same as a clean build's.
 */
function clearPreviousSite(): Promise<unknown> {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.previous-`;
  const leftovers = existsSync(parent) ? readdirSync(parent).filter((f) => f.startsWith(prefix)).map((f) => path.join(parent, f)) : [];
  if (existsSync(outDir)) {
    const aside = path.join(parent, `${prefix}${process.pid}`);
    renameSync(outDir, aside);
    leftovers.push(aside);
  }
  return Promise.all(leftovers.map((d) => rm(d, { recursive: true, force: true })));
}

await runScript('Build', 'nothing was built.', async () => {
  const problem = await checkPublishedSet(process.cwd());
  if (problem) {
    process.stderr.write(`Build refused: ${problem}.\n`);
    process.exitCode = 1;
    return;
  }
  const cleared = clearPreviousSite();
  const built = await run(bin('astro'), ['build', ...args]);
  await cleared;
  if (!built) return;
  // Timed inside, so the benchmark can say what the search index costs a rebuild (scripts/bench/phases.ts).
  await indexSite({ site: outDir, label: outArg, projectRoot, cacheDir: path.join(projectRoot, 'node_modules/.cache/pagefind-index'), run });
});
