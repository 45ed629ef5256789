/**
 * Builds the site, then indexes it for search with Pagefind in the same output directory.
 * `npm run build -- --outDir /tmp/x` appends its arguments here, so both steps use that directory.
 * First it checks that the data it builds from is one whole, published set (see
 * src/datasets/write-atomic.ts): a site never shows one run's numbers beside another's downloads.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkPublishedSet } from '../src/datasets/verify-published.ts';
import { runScript } from '../src/lib/cli.ts';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = at === -1 ? 'dist' : args[at]!.includes('=') ? args[at]!.split('=')[1]! : args[at + 1]!;
const bin = (name: string) => path.resolve(import.meta.dirname, '../node_modules/.bin', name);

function run(cmd: string, cmdArgs: string[]): boolean {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
  return r.status === 0;
}

await runScript('Build', 'nothing was built.', async () => {
  const problem = await checkPublishedSet(process.cwd());
  if (problem) {
    process.stderr.write(`Build refused: ${problem}.\n`);
    process.exitCode = 1;
    return;
  }
  if (!run(bin('astro'), ['build', ...args])) return;
  // Timed, so the benchmark can say what the search index costs a rebuild (scripts/bench/phases.ts).
  const started = performance.now();
  if (run(bin('pagefind'), ['--site', outDir, '--silent'])) process.stdout.write(`Pagefind indexed ${outDir} in ${Math.round(performance.now() - started)} ms.\n`);
});
