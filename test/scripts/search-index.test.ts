// The search index a rebuild reuses must be the index a clean build writes, byte for byte
// (scripts/search/index-cache.ts): built both ways on a small fixture site and compared.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexKey } from '../../scripts/search/index-cache.ts';
import { indexSite, type Runner } from '../../scripts/search/index-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/search-site');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run: Runner = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });

let n = 0;
/** A fresh copy of the fixture site, optionally with one page's HTML changed. */
function site(edit?: (dir: string) => void): string {
  const dir = path.join(tmp, `site-${n++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  edit?.(dir);
  return dir;
}
const reworded = (dir: string) => {
  const f = path.join(dir, 'places/moura/index.html');
  writeFileSync(f, readFileSync(f, 'utf8').replace('Two incidents recorded here.', 'Three incidents recorded here.'));
};

/** Every file of a written index, path → sha256. */
function files(indexDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(indexDir, { recursive: true }) as string[]).sort()) {
    const p = path.join(indexDir, f);
    if (statSync(p).isFile()) out[f] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** Indexes `dir` with `cacheDir`, capturing what it prints. */
async function index(dir: string, cacheDir: string, runner: Runner = run) {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const ok = await indexSite({ site: dir, label: 'dist', projectRoot: ROOT, cacheDir, run: runner });
    return { ok, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

/** The text Pagefind stored for each page (its fragments), by URL. */
function fragments(indexDir: string): Record<string, { content: string; meta: Record<string, string>; filters: Record<string, string[]> }> {
  const out: ReturnType<typeof fragments> = {};
  for (const f of readdirSync(path.join(indexDir, 'fragment'))) {
    const json = JSON.parse(gunzipSync(readFileSync(path.join(indexDir, 'fragment', f))).subarray('pagefind_dcd'.length).toString('utf8'));
    out[json.url] = json;
  }
  return out;
}

describe('the search index, reused when no page changed', () => {
  const cache = path.join(tmp, 'cache');
  let unchangedIndex: Record<string, string> = {};

  it('a clean index holds the pages with a body, without what they mark ignored', async () => {
    const dir = site();
    const r = await index(dir, path.join(tmp, 'empty-cache-0'));
    expect(r.ok).toBe(true);
    expect(r.out).toMatch(/^Pagefind indexed dist in \d+ ms\.\n$/);
    const pages = fragments(path.join(dir, 'pagefind'));
    expect(Object.keys(pages).sort()).toEqual(['/', '/articles/one/', '/incidents/moura/', '/places/moura/']);
    expect(pages['/incidents/moura/']!.content).toContain('Between 300 and 500 people killed');
    expect(pages['/incidents/moura/']!.content).not.toContain('Diallassagou');
    expect(pages['/incidents/moura/']!.content).not.toContain('lowest and the highest');
    expect(pages['/incidents/moura/']!.filters).toEqual({ year: ['2022'] });
    expect(pages['/articles/one/']!.meta).toMatchObject({ title: 'A report on Moura', image: '/og/one.png' });
    expect(pages['/places/moura/']!.content).not.toContain('Not indexed at all');
  });

  it('a rebuild with no page changed copies the stored index: the same files as a clean index', async () => {
    const first = site();
    expect((await index(first, cache)).out).not.toContain('cache');
    const again = site();
    const r = await index(again, cache);
    expect(r.out).toMatch(/^Pagefind indexed dist in \d+ ms \(no page changed: the previous index, copied from the cache\)\.\n$/);
    const clean = site();
    await index(clean, path.join(tmp, 'empty-cache-1'));
    expect(files(path.join(again, 'pagefind'))).toEqual(files(path.join(clean, 'pagefind')));
    unchangedIndex = files(path.join(again, 'pagefind'));
    expect(Object.keys(unchangedIndex)).toContain('pagefind-entry.json');
  });

  it('one page changed: a fresh index, equal to a clean index of the changed site and not to the old one', async () => {
    const changed = site(reworded);
    const r = await index(changed, cache);
    expect(r.out).not.toContain('cache');
    const clean = site(reworded);
    await index(clean, path.join(tmp, 'empty-cache-2'));
    expect(files(path.join(changed, 'pagefind'))).toEqual(files(path.join(clean, 'pagefind')));
    expect(files(path.join(changed, 'pagefind'))).not.toEqual(unchangedIndex);
    expect(fragments(path.join(changed, 'pagefind'))['/places/moura/']!.content).toContain('Three incidents');
    // The cache now holds only the changed site's index.
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('the key changes with any byte of any page, and ignores Pagefind\'s own folder', async () => {
    const a = site();
    const key = await indexKey(a, '1.6.0', ['--silent']);
    expect(await indexKey(site(reworded), '1.6.0', ['--silent'])).not.toBe(key);
    expect(await indexKey(a, '1.6.1', ['--silent'])).not.toBe(key);
    mkdirSync(path.join(a, 'pagefind'));
    writeFileSync(path.join(a, 'pagefind/x.html'), 'x');
    expect(await indexKey(a, '1.6.0', ['--silent'])).toBe(key);
  });

  it('a damaged cache entry means a clean index, not a failure', async () => {
    const dir = site();
    const damaged = path.join(tmp, 'damaged-cache');
    await index(dir, damaged);
    const [entry] = readdirSync(damaged);
    rmSync(path.join(damaged, entry!, 'pagefind-entry.json'));
    const again = site();
    const r = await index(again, damaged);
    expect(r.ok).toBe(true);
    expect(r.out).not.toContain('cache');
    const clean = site();
    await index(clean, path.join(tmp, 'empty-cache-3'));
    expect(files(path.join(again, 'pagefind'))).toEqual(files(path.join(clean, 'pagefind')));
  });

  it('if Pagefind fails, the build fails with a plain message and leaves no index, whole or partial', async () => {
    const dir = site();
    const before = process.exitCode;
    const r = await index(dir, path.join(tmp, 'empty-cache-4'), async () => false);
    const code = process.exitCode;
    process.exitCode = before;
    expect(r.ok).toBe(false);
    expect(code).toBe(1);
    expect(r.err).toContain('Build failed: Pagefind could not write the search index for dist');
    expect(r.err).toContain('dist/pagefind was not written, so search would not work');
    expect(readdirSync(dir).filter((f) => f.includes('pagefind'))).toEqual([]);
  });
});
