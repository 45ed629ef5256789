/**
 * Builds the site, then indexes it for search with Pagefind in the same output directory.
 * `npm run build -- --outDir /tmp/x` appends its arguments here, so both steps use that directory.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = at === -1 ? 'dist' : args[at]!.includes('=') ? args[at]!.split('=')[1]! : args[at + 1]!;
const bin = (name: string) => path.resolve(import.meta.dirname, '../node_modules/.bin', name);

function run(cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(bin('astro'), ['build', ...args]);
run(bin('pagefind'), ['--site', outDir, '--silent']);
