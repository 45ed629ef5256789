import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './dist.ts';

const run = promisify(execFile);

/** What a build needs from the project; content/ is the caller's choice. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A private copy of the project, ready to build exactly as `npm run build` does: its own
 * src/generated, public/data, .astro and dist, so it can never disturb dist/ or another build
 * running beside it (Astro writes prerender chunks under <root>/.astro, so two builds in one
 * folder collide). node_modules is a folder of symlinks to the real packages (not one symlink), so
 * tool caches written under node_modules/.vite or .astro stay private too. `from` is the project
 * to copy (default: this one), so a snapshot can be copied twice and built twice identically.
 */
export function copyProject(contentDir: string, opts: { prefix?: string; from?: string } = {}): string {
  const from = opts.from ?? ROOT;
  const root = mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'site-copy-'));
  for (const f of PROJECT_FILES) {
    cpSync(path.join(from, f), path.join(root, f), {
      recursive: true,
      filter: (src) => !/[/\\](src[/\\]generated|public[/\\]data)$/.test(src),
    });
  }
  cpSync(contentDir, path.join(root, 'content'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  for (const e of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (e === '.vite' || e === '.astro' || e === '.cache') continue;
    symlinkSync(path.join(ROOT, 'node_modules', e), path.join(root, 'node_modules', e));
  }
  return root;
}

/** Runs `npm run build` in a copy made by copyProject; the site lands in <root>/dist. Returns the build's output. */
export async function buildCopy(root: string): Promise<string> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` };
  try {
    return (await run('npm', ['run', '--silent', 'build'], { cwd: root, env, maxBuffer: 64 << 20, timeout: 600_000 })).stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`build in ${root} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`.slice(0, 20_000));
  }
}

/** copyProject + buildCopy: returns the copy's root; the site is in <root>/dist. */
export async function buildSiteCopy(contentDir: string, opts: { prefix?: string } = {}): Promise<string> {
  const root = copyProject(contentDir, opts);
  try {
    await buildCopy(root);
  } catch (e) {
    removeSite(root); // the error carries the build's output
    throw e;
  }
  return root;
}

export function removeSite(root: string | undefined): void {
  if (root && root.startsWith(os.tmpdir())) rmSync(root, { recursive: true, force: true });
}
