import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStepKey } from '../../src/datasets/data-cache.ts';
import { readPublished, tempProject } from '../helpers/data-set.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The data step's cache (src/datasets/data-cache.ts): an unchanged run republishes the stored set
 * without building it; any change to what it reads (an article, the build day) builds afresh; a
 * republished set is byte for byte what a fresh run writes.
 */
const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project() {
  const p = tempProject('data-cache-');
  dirs.push(p.root);
  cpSync(path.join(ROOT, 'test/fixtures/basic'), path.join(p.root, 'content'), { recursive: true });
  return p;
}
const dataStep = (root: string, args: string[] = [], env: Record<string, string> = {}) =>
  run(process.execPath, [path.join(ROOT, 'scripts/build-data.ts'), '--root', root, '--content', path.join(root, 'content'), ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: '1795000000', ...env } });

describe('the data step cache', () => {
  it('republishes an unchanged set, rebuilds after a change, and gives the bytes a fresh run gives', async () => {
    const { root } = project();
    const first = await dataStep(root);
    expect(first.stdout).toMatch(/^Data built in \d+ ms/);
    const published = readPublished(root);
    const again = await dataStep(root);
    expect(again.stdout).toMatch(/^Data unchanged \(content and code hash [0-9a-f]{12}\): set [0-9a-f]{16} published again/);
    expect(again.stderr).toBe(first.stderr); // the same warnings, printed again
    expect(readPublished(root)).toEqual(published);

    const note = path.join(root, 'content/articles/note-a.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^summary: .*$/m, 'summary: A corrected summary.'));
    const changed = await dataStep(root);
    expect(changed.stdout).toMatch(/^Data built in/);
    const afterChange = readPublished(root);
    expect(afterChange).not.toEqual(published);
    const fresh = await dataStep(root, ['--no-cache']);
    expect(fresh.stdout).toMatch(/^Data built in/);
    expect(readPublished(root)).toEqual(afterChange);
  }, 240_000);

  it('keys on the content, the build day and the code, not on the output folders', async () => {
    const { root } = project();
    const content = path.join(root, 'content');
    const key = await dataStepKey(ROOT, content, { SOURCE_DATE_EPOCH: '1795000000' });
    expect(await dataStepKey(ROOT, content, { SOURCE_DATE_EPOCH: '1795000000' })).toBe(key);
    expect(await dataStepKey(ROOT, content, { SOURCE_DATE_EPOCH: '1795100000' })).not.toBe(key);
    writeFileSync(path.join(content, 'articles/stray.txt'), 'x');
    expect(await dataStepKey(ROOT, content, { SOURCE_DATE_EPOCH: '1795000000' })).not.toBe(key);
  });
});
