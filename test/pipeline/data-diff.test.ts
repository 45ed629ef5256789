import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/model/records.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { diffMarkdown, diffSiteData } from '../../src/pipeline/data-diff.ts';

const root = path.resolve(import.meta.dirname, '../..');
const basic = path.join(root, 'test/fixtures/basic');
let dir = '';
let before: SiteData;
let after: SiteData;

/** The "after" side: the basic fixture with one total revised, one figure removed and one incident added. */
async function edit(content: string): Promise<void> {
  const a = path.join(content, 'articles/note-a.md');
  const text = (await readFile(a, 'utf8'))
    .replace('count: { qualifier: at-least, low: 527 }', 'count: { qualifier: at-least, low: 600 }')
    .replace(/ {2}- id: a-q1\n(?: {4}.*\n){4}/, '')
    .replace('incidents:\n', `incidents:
  - id: gossi-2021-05-02
    title: Attack near Gossi
    date: 2021-05-02
    place: gossi
    perpetrators: [jnim]
    description: An attack.
    claims:
      - kind: report
        by: UN mission
        counts_of: civilians
        counts:
          killed: { qualifier: exact, best: 7 }
        statement: Seven killed.
`);
  await writeFile(a, text);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'data-diff-'));
  await cp(basic, path.join(dir, 'content'), { recursive: true });
  await edit(path.join(dir, 'content'));
  before = (await buildSiteData(root, basic)).data!;
  after = (await buildSiteData(dir, path.join(dir, 'content'))).data!;
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('diffSiteData (pure)', () => {
  it('finds figures and incidents added, removed and changed, old → new with their sources', () => {
    const d = diffSiteData(before, after);
    expect(d.figures.removed.map((f) => f.id)).toEqual(['a-q1']);
    expect(d.figures.added).toEqual([]);
    const changed = Object.fromEntries(d.figures.changed.map((c) => [c.id, c]));
    expect(changed['a-total']).toEqual({ id: 'a-total', source: 'note-a', changes: ['count: at least 527 → at least 600'] });
    // Derived shares follow their total.
    expect(changed['a-extremists']!.changes).toEqual(['count: about 281–288 (derived) → about 321–327 (derived)']);
    expect(d.incidents.added).toEqual([{ id: 'gossi-2021-05-02', summary: 'Attack near Gossi (2021-05-02, gossi): killed 7', source: 'note-a' }]);
    expect(d.incidents.removed).toEqual([]);
    expect(d.quarterly.removed.map((q) => q.id)).toContain('2021-Q1 victims all');
  });

  it('is empty for identical data, and says so', () => {
    const d = diffSiteData(before, before);
    expect(diffMarkdown(d, 'main')).toContain('No change to the published data.');
  });

  it('lists the charts whose model changes', () => {
    const charts = (data: SiteData) => new Map([['quarters', JSON.stringify(data.quarterly)], ['events', JSON.stringify(data.events)]]);
    expect(diffSiteData(before, after, charts).charts).toEqual({ added: [], removed: [], changed: ['quarters'] });
  });

  it('prints a Markdown summary with tables', () => {
    const md = diffMarkdown(diffSiteData(before, after), 'origin/main');
    expect(md).toContain('## Data changes against `origin/main`');
    expect(md).toContain('built by the current code');
    expect(md).toContain('| changed | `a-total` | count: at least 527 → at least 600 | note-a |');
    expect(md).toContain('| removed | `a-q1` | victims, all, 2021-Q1: 421 | note-a |');
    expect(md).toContain('### Incidents: 1 added, 0 removed, 0 changed');
  });
});

describe('npm run data:diff (with git)', () => {
  it('compares the working tree with a commit, building both with the current code', async () => {
    const repo = path.join(dir, 'repo');
    await cp(basic, path.join(repo, 'content'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    await edit(path.join(repo, 'content'));
    const out = execFileSync(process.execPath, [path.join(root, 'scripts/data-diff.ts'), '--root', repo, 'HEAD'], { encoding: 'utf8' });
    expect(out).toContain('| changed | `a-total` | count: at least 527 → at least 600 | note-a |');
    expect(out).toContain('### Charts that change');
  });
});
