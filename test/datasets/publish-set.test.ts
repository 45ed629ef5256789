import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultyFs, realFs } from '../../src/datasets/data-fs.ts';
import { checkPublishedSet } from '../../src/datasets/verify-published.ts';
import { outputFiles, writeDataOutputs } from '../../src/datasets/write-outputs.ts';
import { setVersion } from '../../src/datasets/write-atomic.ts';
import type { SiteData } from '../../src/model/records.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { readPublished, strayTemporaries, tempProject, whichVersion } from '../helpers/data-set.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

/**
 * The data step publishes page data and downloads as ONE set (src/datasets/write-atomic.ts).
 * These tests break it at every disk operation, in-process (a failing write, a failing rename, a
 * simulated crash that stops all clean-up) and for real (SIGKILL of the data step at every
 * operation), and require each time that what the links show is one whole version: the old one
 * before the switch, the new one after it, never a mixture, and never leftover temporary output
 * once the next run has finished.
 */
const run = promisify(execFile);
const basic = path.join(ROOT, 'test/fixtures/basic');
const dirs: string[] = [];
let contentB = '';
let A: SiteData;
let B: SiteData;

async function dataOf(content: string, root = ROOT): Promise<SiteData> {
  const { data, problems } = await buildSiteData(root, content);
  if (!data) throw new Error(`fixture has errors: ${problems.map((p) => p.message).join('; ')}`);
  return data;
}

beforeAll(async () => {
  contentB = tempContent({ 'extra-note.md': article('extra-note', 'events:\n  - id: extra-event\n    date: 2022-08-02\n    title: An event') });
  dirs.push(contentB);
  for (const sub of ['articles']) cpSync(path.join(basic, sub), path.join(contentB, sub), { recursive: true });
  A = await dataOf(basic);
  B = await dataOf(contentB);
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project() {
  const p = tempProject();
  dirs.push(p.root);
  return p;
}

describe('publishing one set', () => {
  it('shows the new set through both links, reuses an identical set and keeps only two', async () => {
    const { root, dirs: d } = project();
    const first = await writeDataOutputs(A, d, realFs);
    expect(whichVersion(root, { A: outputFiles(A) })).toBe('A');
    const second = await writeDataOutputs(B, d, realFs);
    expect(whichVersion(root, { B: outputFiles(B) })).toBe('B');
    expect(second.version).not.toBe(first.version);
    expect(await writeDataOutputs(B, d, realFs)).toEqual({ version: second.version, reused: true });
    await writeDataOutputs(A, d, realFs);
    expect(readdirSync(path.join(d.store, 'sets')).sort()).toEqual([first.version, second.version].sort());
    expect(await checkPublishedSet(root)).toBeNull();
    expect(strayTemporaries(root)).toEqual([]);
  });

  it('names a set by its content: the same data gives the same version and bytes', () => {
    expect(setVersion(outputFiles(A))).toBe(setVersion(outputFiles(structuredClone(A))));
    expect(setVersion(outputFiles(A))).not.toBe(setVersion(outputFiles(B)));
  });

  it('replaces folders left by the old data step, and removes its stale .data.tmp-<pid> output', async () => {
    const { root, dirs: d } = project();
    mkdirSync(d.publicData, { recursive: true });
    writeFileSync(path.join(d.publicData, 'old.csv'), 'x\n');
    mkdirSync(path.join(root, 'public/.data.tmp-999999/sub'), { recursive: true });
    await writeDataOutputs(A, d, realFs);
    expect(whichVersion(root, { A: outputFiles(A) })).toBe('A');
    expect(strayTemporaries(root)).toEqual([]);
  });

  it('refuses to build from a damaged or mixed set', async () => {
    const { root, dirs: d } = project();
    await writeDataOutputs(A, d, realFs);
    const { version } = await writeDataOutputs(B, d, realFs);
    writeFileSync(path.join(d.publicData, 'figures.csv'), 'tampered\n');
    expect(await checkPublishedSet(root)).toBe('the published data set is damaged (data/figures.csv does not match the manifest); run `npm run data` again');
    rmSync(d.generated);
    const other = readdirSync(path.join(d.store, 'sets')).find((v) => v !== version)!;
    (await import('node:fs')).symlinkSync(`../.data/sets/${other}/generated`, d.generated);
    expect(await checkPublishedSet(root)).toMatch(/^src\/generated and public\/data are not one data set/);
  });
});

describe('a failure at any disk operation leaves one whole version', () => {
  // How many disk-changing operations publishing B over A takes: every one of them is a fault point.
  let points = 0;
  beforeAll(async () => {
    const { dirs: d } = project();
    await writeDataOutputs(A, d, realFs);
    const counter = faultyFs(realFs, null);
    await writeDataOutputs(B, d, counter);
    points = counter.count();
  }, 120_000);

  for (const action of ['crash', 'ENOSPC', 'EIO']) {
    it(`${action} at each operation: the old set or the new, whole; the next run publishes cleanly`, async () => {
      expect(points).toBeGreaterThan(15);
      const outcomes: string[] = [];
      for (let k = 1; k <= points; k++) {
        const { root, dirs: d } = project();
        await writeDataOutputs(A, d, realFs);
        const err = await writeDataOutputs(B, d, faultyFs(realFs, { action, op: 'any', nth: k })).then(() => null, (e: NodeJS.ErrnoException) => e);
        expect(err?.code, `operation ${k}`).toBe(action === 'crash' ? 'ECRASHED' : action);
        const seen = whichVersion(root, { A: outputFiles(A), B: outputFiles(B) });
        outcomes.push(seen);
        expect(['A', 'B'], `after ${action} at operation ${k} of ${points}`).toContain(seen);
        await writeDataOutputs(B, d, realFs);
        expect(whichVersion(root, { B: outputFiles(B) })).toBe('B');
        expect(strayTemporaries(root), `after ${action} at ${k}, then a clean run`).toEqual([]);
        expect(await checkPublishedSet(root)).toBeNull();
        rmSync(root, { recursive: true, force: true });
      }
      // Both outcomes occur: faults before the switch keep A, faults after it (pruning) show B.
      expect(new Set(outcomes)).toEqual(new Set(['A', 'B']));
    }, 600_000);
  }
});

describe('the data step as a process', () => {
  const node = process.execPath;
  const script = path.join(ROOT, 'scripts/build-data.ts');
  const dataStep = (root: string, content: string, env: Record<string, string> = {}) =>
    run(node, [script, '--root', root, '--content', content], { env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, signal: null as string | null, ...r }),
      (e: { code: number | null; signal: string | null; stdout: string; stderr: string }) => ({ code: e.code, signal: e.signal, stdout: e.stdout, stderr: e.stderr }),
    );

  it('SIGKILLed at every disk operation: always one whole version, and the next run cleans up', async () => {
    const { root } = project();
    cpSync(basic, path.join(root, 'a'), { recursive: true });
    cpSync(contentB, path.join(root, 'b'), { recursive: true });
    const versions = { A: outputFiles(await dataOf(path.join(root, 'a'), root)), B: outputFiles(await dataOf(path.join(root, 'b'), root)) };
    expect((await dataStep(root, path.join(root, 'a'))).code).toBe(0);
    const tally: Record<string, number> = {};
    let current: 'A' | 'B' = 'A';
    let k = 1;
    for (; k < 200; k++) {
      // Each run publishes the version that is not current, over it; its old copy is removed
      // first, so every run writes a new set rather than reusing one.
      const target = current === 'A' ? 'B' : 'A';
      for (const set of readdirSync(path.join(root, '.data/sets'))) {
        if (path.join('sets', set) !== readlinkSync(path.join(root, '.data/current'))) rmSync(path.join(root, '.data/sets', set), { recursive: true });
      }
      const r = await dataStep(root, path.join(root, target.toLowerCase()), { MALI_DATA_FAULT: `kill@any:${k}` });
      const seen = whichVersion(root, versions);
      expect(['A', 'B'], `killed at operation ${k}`).toContain(seen);
      tally[seen === current ? 'old' : 'new'] = (tally[seen === current ? 'old' : 'new'] ?? 0) + 1;
      current = seen as 'A' | 'B';
      if (r.signal === null) break; // the run finished before reaching operation k: all points covered
      expect(r.signal).toBe('SIGKILL');
    }
    expect(k).toBeGreaterThan(15);
    expect(tally.old).toBeGreaterThan(0);
    expect(tally.new).toBeGreaterThan(0);
    // The next whole run leaves nothing of the killed ones behind.
    expect((await dataStep(root, path.join(root, current === 'A' ? 'b' : 'a'))).code).toBe(0);
    expect(strayTemporaries(root)).toEqual([]);
  }, 1_200_000);

  it('on a full disk or a failed rename prints one sentence, no stack trace, and keeps the old set', async () => {
    const { root } = project();
    expect((await dataStep(root, basic)).code).toBe(0);
    const before = readPublished(root);
    for (const [fault, reason] of [
      ['ENOSPC@writeDurable:3', 'the disk is full (ENOSPC)'],
      ['EIO@rename:1', "EIO: injected fault, rename '"],
      ['EXDEV@symlink:1', "EXDEV: injected fault, symlink '"],
    ] as const) {
      const r = await dataStep(root, contentB, { MALI_DATA_FAULT: fault });
      expect(r.code, fault).toBe(1);
      expect(r.stdout).toBe('');
      // The fixture's own content warnings come first; then the failure, in one sentence.
      const lines = r.stderr.trimEnd().split('\n').filter((l) => !/^\S+:\d+:\d+  (warning|error)  |^    |^$/.test(l));
      expect(lines, fault).toHaveLength(1);
      expect(lines[0]).toMatch(/^Data step failed: .+; the previous data set is unchanged\.$/);
      expect(lines[0]).toContain(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readPublished(root)).toEqual(before);
    }
  }, 180_000); // four data-step processes: over the 30 s default on a loaded machine
});
