import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { changeOneArticle, changeSharedRecords } from '../../scripts/bench/incremental.ts';
import { reusedPages } from '../../scripts/bench/phases.ts';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, copyProject, removeSite } from '../helpers/temp-site.ts';
import { hashTree } from '../helpers/hash-tree.ts';

const roots: string[] = [];
// Five project copies: removing them takes a while on a loaded machine.
afterAll(() => roots.forEach(removeSite), 300_000);


/** Files that differ between the incremental build and a clean build of the same project state. */
async function differingFromClean(incremental: string, prefix: string): Promise<{ differing: string[]; files: Map<string, string> }> {
  // The clean build: the same sources, data and content, copied without any cache or output.
  const clean = copyProject(path.join(incremental, 'content'), { from: incremental, prefix });
  roots.push(clean);
  await buildCopy(clean);
  const [a, b] = [incremental, clean].map((r) => hashTree(path.join(r, 'dist')));
  const differing = [...new Set([...a!.keys(), ...b!.keys()])].filter((f) => a!.get(f) !== b!.get(f)).sort();
  return { differing, files: a! };
}

// A small synthetic site (20 articles, the benchmark's generator) is built once; then it is
// changed and built again in the same project, with everything the builds cached (the data
// step's cache, the PNG cache, Astro's incremental cache of pages), and compared byte for byte
// with a clean build of the same state. A page reused under a cacheKey that missed a change
// would differ. The tests run in order on one project.
describe('a rebuild', () => {
  let incremental = '';
  let before = new Map<string, string>();

  it('after one article changes: byte-identical to a clean build, and the unchanged pages are reused', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'incremental-content-'));
    roots.push(work);
    const content = await generateContent(work, 20, ROOT);
    incremental = copyProject(content, { prefix: 'incremental-a-' });
    roots.push(incremental);
    await buildCopy(incremental);
    before = hashTree(path.join(incremental, 'dist'));
    changeOneArticle(path.join(incremental, 'content'));
    // A page the new build does not make, and a folder a killed build left (scripts/build-site.ts
    // moves the previous site aside and removes it): neither may survive the rebuild.
    writeFileSync(path.join(incremental, 'dist/a-page-no-longer-built.html'), 'stale');
    mkdirSync(path.join(incremental, 'dist.previous-1/articles'), { recursive: true });
    const log = await buildCopy(incremental);
    expect(existsSync(path.join(incremental, 'dist.previous-1'))).toBe(false);
    expect(readdirSync(incremental).filter((f) => f.startsWith('dist.previous-'))).toEqual([]);

    const { differing, files } = await differingFromClean(incremental, 'incremental-b-');
    expect(files.size).toBeGreaterThan(100);
    expect(differing, `files that differ between ${incremental} and its clean build`).toEqual([]);
    // The change reached the site (else the comparison proves nothing), and the PNGs were cached.
    expect(files.get('articles/bench-000001/index.html')).not.toBe(before.get('articles/bench-000001/index.html'));
    expect(readFileSync(path.join(incremental, 'dist/articles/bench-000001/index.html'), 'utf8')).toContain('as corrected.');
    expect(readdirSync(path.join(incremental, 'node_modules/.cache/png')).length).toBeGreaterThan(0);

    // The rebuild really reused pages: the changed article's page was rendered, and most pages
    // of the other articles and their incidents were copied.
    const reused = reusedPages(log);
    expect(reused.has('/articles/bench-000001/index.html')).toBe(false);
    const share = (prefix: string) => {
      const pages = [...files.keys()].filter((f) => f.startsWith(prefix) && /^[^/]+\/[^/]+\/index\.html$/.test(f));
      return pages.filter((f) => reused.has(`/${f}`)).length / pages.length;
    };
    expect(share('articles/')).toBeGreaterThanOrEqual(0.9);
    expect(share('incidents/')).toBeGreaterThanOrEqual(0.5);
  }, 1_200_000);

  it('after records other pages show change (an actor and a place renamed, an article retitled, a new denial): byte-identical to a clean build', async () => {
    expect(incremental, 'the first test builds the site').not.toBe('');
    const previous = hashTree(path.join(incremental, 'dist'));
    const changed = changeSharedRecords(path.join(incremental, 'content'));
    const log = await buildCopy(incremental);

    const { differing, files } = await differingFromClean(incremental, 'incremental-c-');
    expect(differing, `files that differ between ${incremental} and its clean build`).toEqual([]);
    // Each change reached pages other than its record's own, and the rebuild still reused some.
    const html = (f: string) => readFileSync(path.join(incremental, 'dist', f), 'utf8');
    const incidentPages = [...files.keys()].filter((f) => /^incidents\/[^/]+\/index\.html$/.test(f));
    expect(incidentPages.filter((f) => html(f).includes(' (renamed)')).length).toBeGreaterThan(0);
    expect(html(`incidents/${changed.placeIncident}/index.html`)).toContain('-Centre');
    expect(incidentPages.filter((f) => f.includes(changed.retitled) && html(f).includes(', retitled')).length).toBeGreaterThan(0);
    expect(incidentPages.filter((f) => f.includes(changed.deniedReport) && html(f).includes('The accused party')).length).toBeGreaterThan(0);
    expect([...files].filter(([f, h]) => previous.get(f) !== h).length).toBeGreaterThan(0);
    expect(reusedPages(log).size).toBeGreaterThan(0);
  }, 1_200_000);
});
