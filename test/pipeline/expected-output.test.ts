import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicDataFiles, toJson } from '../../src/datasets/serialise.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';

const root = path.resolve(import.meta.dirname, '../..');
const basic = path.join(root, 'test/fixtures/basic');

/**
 * The basic fixture (test/fixtures/basic/) beside its expected normalised records
 * (test/fixtures/basic.expected.json), compared as parsed JSON so numbers are compared as
 * numbers. The expected file is committed and reviewed by hand; it is never written by a test.
 * After a deliberate change to the pipeline, regenerate it with
 *   node_modules/.bin/node test/pipeline/write-expected.ts   and review the diff.
 */
describe('the basic fixture against its expected records', () => {
  it('normalises to exactly the committed JSON', async () => {
    const { data, problems } = await buildSiteData(root, basic);
    expect(problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`)).toEqual([
      'warning test/fixtures/basic/articles/note-a.md:37 the incident is dated after its source was published',
    ]);
    const expected = JSON.parse(await readFile(path.join(root, 'test/fixtures/basic.expected.json'), 'utf8'));
    expect(JSON.parse(toJson(data))).toEqual(expected);
  });
});

describe('determinism', () => {
  it('builds byte-identical public files and site data twice from the same content', async () => {
    const a = (await buildSiteData(root, basic)).data!;
    const b = (await buildSiteData(root, basic)).data!;
    const filesA = publicDataFiles(a);
    const filesB = publicDataFiles(b);
    expect([...filesA.keys()].sort()).toEqual([...filesB.keys()].sort());
    expect(filesA.size).toBeGreaterThan(1);
    for (const [name, text] of filesA) expect(filesB.get(name), name).toBe(text);
    expect(toJson(a)).toBe(toJson(b));
  });
});
