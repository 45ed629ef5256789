import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFiles } from '../../src/datasets/write-outputs.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { generateContent } from '../../scripts/bench/generate.ts';
import { readPublished, strayTemporaries, whichVersion } from '../helpers/data-set.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The data step killed at random moments while it replaces one version of a few hundred
 * articles with another, and run on a disk that really fills up (a small tmpfs, when this
 * machine lets the test mount one). After every kill what the links show must be one whole
 * version; the test reports how many kills landed while the new set was being written.
 */
const run = promisify(execFile);
const node = process.execPath;
const script = path.join(ROOT, 'scripts/build-data.ts');
const ARTICLES = 200;
const KILLS = 30;
let root = '';
let versions: Record<string, ReadonlyMap<string, string>> = {};

async function filesOf(content: string, at = root) {
  const { data } = await buildSiteData(at, content);
  if (!data) throw new Error('generated content has errors');
  return outputFiles(data);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'publish-kill-'));
  await generateContent(path.join(root, 'a'), ARTICLES, ROOT, 1);
  await generateContent(path.join(root, 'b'), ARTICLES, ROOT, 2);
  versions = { A: await filesOf(path.join(root, 'a/content')), B: await filesOf(path.join(root, 'b/content')) };
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const content = (v: 'a' | 'b') => path.join(root, v, 'content');

type Kill = { afterMs: number; from: 'start' | 'writing' };
type Outcome = { code: number | null; signal: string | null; ms: number; writingMs: number | null };

/**
 * Runs the data step; with `kill`, sends SIGKILL `afterMs` after it starts, or after its staging
 * folder (.data/.tmp-<pid>) appears, i.e. while the new set is being written.
 */
function dataStep(v: 'a' | 'b', kill?: Kill): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    let writingAt: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    mkdirSync(path.join(root, '.data'), { recursive: true });
    const child = spawn(node, [script, '--root', root, '--content', content(v), '--quiet'], { stdio: 'ignore' });
    const arm = () => (timer = setTimeout(() => child.kill('SIGKILL'), kill!.afterMs));
    const watcher = watch(path.join(root, '.data'), (_event, name) => {
      if (writingAt === null && name?.startsWith('.tmp-')) {
        writingAt = performance.now();
        if (kill?.from === 'writing') arm();
      }
    });
    if (kill?.from === 'start') arm();
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      watcher.close();
      const ended = performance.now();
      resolve({ code, signal, ms: ended - started, writingMs: writingAt === null ? null : ended - writingAt });
    });
  });
}

describe('random kills', () => {
  it(`${KILLS} SIGKILLs at random moments: always one whole version`, async () => {
    const first = await dataStep('a');
    expect(first.code).toBe(0);
    // How long a run takes, and its last part (writing and switching), to spread the kills over.
    const full = await dataStep('b');
    expect(full.writingMs).not.toBeNull();
    expect(full.code).toBe(0);
    let current: 'a' | 'b' = 'b';
    let duringWrite = 0;
    let random = 0x5eed;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < KILLS; i++) {
      const target: 'a' | 'b' = current === 'a' ? 'b' : 'a';
      // An identical set is reused, not rewritten: remove the target's old copy so every run writes.
      for (const set of readdirSync(path.join(root, '.data/sets'))) {
        if (path.join('sets', set) !== readlinkSync(path.join(root, '.data/current'))) rmSync(path.join(root, '.data/sets', set), { recursive: true });
      }
      // Half the kills anywhere in the run, half while the new set is written (the risky part).
      const kill: Kill = i % 2 ? { from: 'start', afterMs: next() * full.ms * 1.1 } : { from: 'writing', afterMs: next() * full.writingMs! * 1.1 };
      const r = await dataStep(target, kill);
      if (r.signal === 'SIGKILL' && existsSync(path.join(root, '.data')) && readdirSync(path.join(root, '.data')).some((n) => n.startsWith('.tmp-'))) duringWrite++;
      const seen = whichVersion(root, versions);
      expect(['A', 'B'], `kill ${i + 1} after ${r.ms.toFixed(0)} ms`).toContain(seen);
      if (r.signal === null) current = target;
      else current = seen === 'A' ? 'a' : 'b';
    }
    expect((await dataStep(current === 'a' ? 'b' : 'a')).code).toBe(0);
    expect(strayTemporaries(root)).toEqual([]);
    expect(duringWrite).toBeGreaterThanOrEqual(KILLS / 4);
    console.log(`random kills: ${KILLS}/${KILLS} left one whole version (${duringWrite} landed while the new set was being written; a run takes ${full.ms.toFixed(0)} ms, its writing ${full.writingMs!.toFixed(0)} ms)`);
  }, 1_200_000);
});

/** Mounts a tmpfs of `size` at a new folder, or returns null if this machine does not allow it. */
function mountTmpfs(size: string): string | null {
  const at = mkdtempSync(path.join(os.tmpdir(), 'full-disk-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
  if (r.status !== 0) {
    rmSync(at, { recursive: true, force: true });
    return null;
  }
  return at;
}

let disk: string | null = null;
afterAll(() => {
  if (!disk) return;
  spawnSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

describe('a disk that really fills up (tmpfs)', () => {
  it('keeps the old set whole and says so in one sentence', async ({ skip }) => {
    // A disk with room for A and half of B: B cannot be written beside A.
    const size = (m: ReadonlyMap<string, string>) => [...m.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    const bytes = size(versions.A!) + Math.round(size(versions.B!) / 2);
    disk = os.platform() === 'linux' ? mountTmpfs(`${Math.ceil(bytes / 4096) * 4}k`) : null;
    // Mounting needs root (or CAP_SYS_ADMIN); elsewhere the injected ENOSPC of publish-set.test.ts stands in.
    if (!disk) return skip('cannot mount a tmpfs here');
    mkdirSync(path.join(disk, 'src'));
    const publish = (v: 'a' | 'b') =>
      run(node, [script, '--root', disk!, '--content', content(v), '--quiet']).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    expect((await publish('a')).code).toBe(0);
    const before = readPublished(disk);
    const r = await publish('b');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Data step failed: the disk is full (ENOSPC); the previous data set is unchanged.\n');
    expect(readPublished(disk)).toEqual(before);
    expect(whichVersion(disk, { A: await filesOf(content('a'), disk) })).toBe('A');
    expect(strayTemporaries(disk)).toEqual([]);
  }, 600_000);
});
