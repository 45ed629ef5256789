import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSlug, uniqueSlug } from '../../src/pipeline/article-template.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { parseFrontMatter } from '../../src/pipeline/front-matter.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/new-article.ts');
let dir = '';

const newArticle = (...args: string[]) => run(process.execPath, [script, '--root', dir, '--added', '2024-12-05', ...args], { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'new-article-'));
  await cp(path.join(root, 'test/fixtures/basic/actors'), path.join(dir, 'content/actors'), { recursive: true });
  await cp(path.join(root, 'test/fixtures/basic/places'), path.join(dir, 'content/places'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('article slugs', () => {
  it('joins publisher, date and the first title words in kebab-case', () => {
    expect(articleSlug('Human Rights Watch', '2024-12', 'Mali: Army, Wagner Group Killed Civilians in Ségou')).toBe('human-rights-watch-2024-12-mali-army-wagner-group-killed-civilians');
    expect(articleSlug('VOA', '2022', '« Démenti » du gouvernement')).toBe('voa-2022-dementi-du-gouvernement');
  });
  it('adds -2, -3 when the slug is taken', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
  });
});

describe('npm run new', () => {
  const args = ['--title', 'Mali: Killings near Hombori', '--publisher', 'Test Wire', '--date', '2024-08'];
  const file = 'content/articles/test-wire-2024-08-mali-killings-near-hombori.md';

  it('writes a template that parses, with the given source and a unique id', async () => {
    const { stdout } = await newArticle(...args);
    expect(stdout).toContain(file);
    const text = await readFile(path.join(dir, file), 'utf8');
    const { parsed, problems } = parseFrontMatter(file, text);
    expect(problems).toEqual([]);
    expect(parsed!.data).toMatchObject({ id: 'test-wire-2024-08-mali-killings-near-hombori', added: '2024-12-05', source: { title: 'Mali: Killings near Hombori', publisher: 'Test Wire', published: '2024-08' } });
    expect(text).toContain('# yaml-language-server: $schema=../../public/schema/article.schema.json');
    await newArticle(...args);
    expect((await readdir(path.join(dir, 'content/articles'))).sort()).toEqual([path.basename(file), path.basename(file, '.md') + '-2.md'].sort());
    await rm(path.join(dir, file.replace('.md', '-2.md')));
  });

  it('left unfilled, fails validation on exactly the fields the editor must fill', async () => {
    const { problems } = await buildSiteData(dir, path.join(dir, 'content'));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'title: this field is empty',
      'summary: this field is empty',
      'source.kind: this field is empty',
      'source.language: this field is empty',
    ]);
  });

  it('with the placeholders filled and every example block uncommented, validates cleanly', async () => {
    const text = (await readFile(path.join(dir, file), 'utf8'))
      .replace(/^title: .*$/m, 'title: Killings near Hombori')
      .replace(/^summary: .*$/m, 'summary: A wire story on an attack.')
      .replace(/^ {2}kind: .*$/m, '  kind: media')
      .replace(/^ {2}language: .*$/m, '  language: en')
      // Example lines are commented as "#key:" or "#  - …"; explanations as "# Text".
      .replace(/^#(?=\S|  )/gm, '')
      .replace(/^(\s*)#(?=date_note)/m, '$1');
    await writeFile(path.join(dir, file), text);
    const { data, problems } = await buildSiteData(dir, path.join(dir, 'content'));
    expect(problems).toEqual([]);
    expect(data!.figures.map((f) => f.id)).toContain('test-wire-2024-08-mali-killings-near-hombori-jnim');
    expect(data!.incidents.map((i) => i.status)).toEqual(['denied']);
  });

  it('refuses to guess: missing arguments without a terminal exit 2 with the usage', async () => {
    const err = await newArticle('--title', 'Only a title').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('Missing --publisher, --date');
  });

  it('rejects a date that is not a real partial date', async () => {
    const err = await newArticle('--title', 'T', '--publisher', 'P', '--date', '2024-13').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
  });
});
