import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { changeOneArticle } from '../../scripts/bench/incremental.ts';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, copyProject, removeSite } from '../helpers/temp-site.ts';
import { hashTree } from '../helpers/hash-tree.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(removeSite));

describe('a rebuild after one article changes', () => {
  // A small synthetic site (20 articles, the benchmark's generator) is built, one article is
  // changed, and the same project is built again with everything the first build cached (the
  // data step's cache, the PNG cache, Astro's caches); a clean copy of the changed content is
  // built from nothing. The two sites must be the same, byte for byte.
  it('gives byte-identical output to a clean build of the same content', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'incremental-content-'));
    roots.push(work);
    const content = await generateContent(work, 20, ROOT);
    const incremental = copyProject(content, { prefix: 'incremental-a-' });
    roots.push(incremental);
    await buildCopy(incremental);
    const before = hashTree(path.join(incremental, 'dist'));
    const changed = changeOneArticle(path.join(incremental, 'content'));
    await buildCopy(incremental);
    // The clean build: the changed content, in a fresh copy with no caches.
    writeFileSync(path.join(content, 'articles', path.basename(changed)), readFileSync(changed));
    const clean = copyProject(content, { prefix: 'incremental-b-' });
    roots.push(clean);
    await buildCopy(clean);
    const [a, b] = [incremental, clean].map((r) => hashTree(path.join(r, 'dist')));
    const differing = [...new Set([...a!.keys(), ...b!.keys()])].filter((f) => a!.get(f) !== b!.get(f)).sort();
    expect(a!.size).toBeGreaterThan(100);
    expect(differing, `files that differ between ${incremental} and ${clean}`).toEqual([]);
    // The change reached the site (else the comparison proves nothing), and the PNGs were cached.
    expect([...a!].filter(([f, h]) => before.get(f) !== h).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(incremental, 'node_modules/.cache/png')).length).toBeGreaterThan(0);
  }, 1_200_000);
});
