import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../../src/pipeline/build-site-data.ts';
import { registryCharts } from '../../../src/tools/data-diff/chart-marks.ts';
import { diffBuilds, diffMarkdown, type Build } from '../../../src/tools/data-diff/index.ts';

/** The basic fixture with one total revised, one figure removed and one incident added; and the script, with git. */
const root = path.resolve(import.meta.dirname, '../../..');
const basic = path.join(root, 'test/fixtures/basic');
let dir = '';
let before: Build;
let after: Build;

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

async function build(side: string): Promise<Build> {
  const { data, problems } = await buildSiteData(side, path.join(side, 'content'));
  return { data: data!, problems };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'data-diff-'));
  await cp(basic, path.join(dir, 'before/content'), { recursive: true });
  await cp(basic, path.join(dir, 'after/content'), { recursive: true });
  await edit(path.join(dir, 'after/content'));
  before = await build(path.join(dir, 'before'));
  after = await build(path.join(dir, 'after'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('diffBuilds on the basic fixture', () => {
  it('finds figures and incidents added, removed and changed, old → new with their sources', () => {
    const d = diffBuilds(before, after);
    expect(d.figures.removed.map((f) => f.id)).toEqual(['a-q1']);
    expect(d.figures.added).toEqual([]);
    const changed = Object.fromEntries(d.figures.changed.map((c) => [c.id, c]));
    expect(changed['a-total']).toEqual({ id: 'a-total', source: 'note-a', changes: ['count: at least 527 → at least 600'] });
    // Derived shares follow their total.
    expect(changed['a-extremists']!.changes).toEqual(['count: about 281–288 (derived) → about 321–327 (derived)']);
    expect(d.incidents.added).toEqual([{ id: 'gossi-2021-05-02', summary: 'Attack near Gossi (2021-05-02, gossi): killed 7 (single); reported', source: 'note-a' }]);
    expect(d.incidentClaims.added).toEqual([{ id: 'gossi-2021-05-02 › note-a--0', summary: 'report by UN mission: killed 7 (civilians); attributes to jnim ("JNIM", named)', source: 'note-a' }]);
    expect(d.incidents.removed).toEqual([]);
    expect(d.charts.quarterly.find((q) => q.key === '2021-Q1 · victims · all')).toEqual({ key: '2021-Q1 · victims · all', before: '421 (single)', after: null });
  });

  it('is empty for identical data, and says so', () => {
    expect(diffMarkdown(diffBuilds(before, before, { charts: registryCharts }), 'main')).toBe(
      ['## Data changes against `main`', '', 'Both sides are built by the current code from their own `content/`, so this shows what the content change does.', '', 'No change to the published data.', ''].join('\n'),
    );
  });

  it('prints a Markdown summary with tables', () => {
    const md = diffMarkdown(diffBuilds(before, after), 'origin/main').split('\n');
    expect(md).toContain('## Data changes against `origin/main`');
    expect(md).toContain('| changed | `a-total` | count: at least 527 → at least 600 | note-a |');
    expect(md).toContain('| removed | `a-q1` | victims, all, 2021-Q1: 421 | note-a |');
    expect(md).toContain('### Incidents (as the site shows them, from every claim): 1 added, 0 removed, 0 changed');
  });
});

describe('npm run data:diff (with git)', () => {
  let repo = '';
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
  beforeAll(async () => {
    repo = path.join(dir, 'repo');
    await cp(basic, path.join(repo, 'content'), { recursive: true });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    await edit(path.join(repo, 'content'));
  });

  it('compares the working tree with a commit, building both with the current code', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts/data-diff.ts'), '--root', repo, 'HEAD'], { encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('## Data changes against `HEAD`');
    expect(out).toContain('| changed | `a-total` | count: at least 527 → at least 600 | note-a |');
    expect(out).toContain('### Charts whose drawing changes: ');
  });

  it('writes clean Markdown with --out even through `npm run` without -s (npm’s banner stays on stdout)', async () => {
    const file = path.join(dir, 'summary.md');
    const stdout = execFileSync('npm', ['run', 'data:diff', '--', '--root', repo, 'HEAD', '--out', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout).toContain('> '); // npm's banner: it must not be in the file
    const md = await readFile(file, 'utf8');
    expect(md.split('\n')[0]).toBe('## Data changes against `HEAD`');
    expect(md).not.toContain('> mali-civilian-harm');
    expect(md).toContain('| changed | `a-total` | count: at least 527 → at least 600 | note-a |');
  });

  it('refuses an unknown ref and a missing ref, on stderr, with exit code 2', () => {
    const run = (...args: string[]) => {
      try {
        execFileSync(process.execPath, [path.join(root, 'scripts/data-diff.ts'), '--root', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        return { status: 0, stderr: '' };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { status: err.status, stderr: err.stderr };
      }
    };
    expect(run('no-such-ref')).toEqual({ status: 2, stderr: '"no-such-ref" is not a commit git knows here (for a pull request, fetch the base branch first).\n' });
    expect(run()).toEqual({ status: 2, stderr: 'Usage: npm run data:diff -- <git-ref> [--out <file>]   (e.g. origin/main)\n' });
  });
});
