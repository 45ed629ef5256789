import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const NODE = process.execPath;

export type StepResult = { ms: number; maxRssMB: number | null; detail?: string };

/** Runs scripts/bench/step.ts in a fresh Node process (so its memory is its own). */
export async function runStep(root: string, step: 'validate' | 'data' | 'bare', content: string, out?: string): Promise<StepResult & { articles: number; incidents: number; figures: number; problems: number }> {
  const args = [path.join(root, 'scripts/bench/step.ts'), step, root, content, ...(out ? [out] : [])];
  const { stdout } = await exec(NODE, ['--max-old-space-size=8192', ...args], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

/**
 * `npm run build` in a project copy, timed from outside. Peak memory comes from GNU time (the
 * largest process of the build: Astro's); where /usr/bin/time is missing it is not reported.
 */
export async function runFullBuild(copyRoot: string): Promise<StepResult & { pages: number }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(copyRoot, 'node_modules/.bin')}:${process.env.PATH}` };
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const { stdout, stderr } = timed
    ? await exec('/usr/bin/time', ['-f', 'BENCH-TIME %e %M', 'npm', 'run', '--silent', 'build'], { cwd: copyRoot, env, maxBuffer: 512 << 20 })
    : await exec('npm', ['run', '--silent', 'build'], { cwd: copyRoot, env, maxBuffer: 512 << 20 });
  const ms = Math.round(performance.now() - started);
  // Astro's log (one line per page, with its time) is kept beside the site for scripts/bench/routes.ts.
  writeFileSync(path.join(copyRoot, 'build.log'), stdout);
  const m = /BENCH-TIME ([\d.]+) (\d+)/.exec(stderr);
  return { ms, maxRssMB: m ? Math.round(Number(m[2]) / 1024) : null, pages: countHtml(path.join(copyRoot, 'dist')) };
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}
