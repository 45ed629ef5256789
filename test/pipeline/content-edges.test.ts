import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { buildDay } from '../../src/pipeline/date-domain.ts';
import { parseFrontMatter } from '../../src/pipeline/front-matter.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the build day', () => {
  it('comes from SOURCE_DATE_EPOCH when set, else from the clock, in UTC', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1751241600' }, () => new Date('2030-01-01T00:00:00Z'))).toBe('2025-06-30');
    expect(buildDay({}, () => new Date('2024-02-29T23:59:59Z'))).toBe('2024-02-29');
    expect(buildDay({ SOURCE_DATE_EPOCH: 'soon' }, () => new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
  });

  it('is injectable into loading: the same article is refused one day and accepted the next', async () => {
    const dir = tempContent({ 'today-edge.md': article('today-edge', '').replace('added: 2026-11-01', 'added: 2025-07-01') });
    dirs.push(dir);
    const before = await loadContent(ROOT, dir, { today: '2025-06-30' });
    expect(before.problems.map((p) => [p.line, p.field, p.message])).toEqual([[5, 'added', 'the date is after today (2025-06-30)']]);
    const on = await loadContent(ROOT, dir, { today: '2025-07-01' });
    expect(on.problems).toEqual([]);
  });
});

describe('article text that only looks like front matter is left alone', () => {
  const body = (text: string) => parseFrontMatter('a.md', `---\nid: a\ntitle: T\n---\n${text}`, { fields: ['id', 'title', 'summary', 'events'] });
  it.each([
    ['a Markdown rule between paragraphs', 'First.\n\n---\n\nSecond.\n'],
    ['a capitalised word and a colon', 'Summary: the report is short.\n'],
    ['a list item with a colon', '- note: one item only\n\nText.\n'],
    ['a field name inside a sentence', 'The events: a coup and a withdrawal.\n'],
    ['an unknown lower-case word and a colon', 'source: MINUSMA, quoted by AFP.\n'],
  ])('%s', (_name, text) => {
    expect(body(text).problems).toEqual([]);
  });

  it('but a known field at the start of a line, or a cut-off group, is refused', () => {
    expect(body('Text.\nevents:\n').problems.map((p) => [p.line, p.field])).toEqual([[6, 'events']]);
    expect(body('  - id: x\n    date: 2024\n').problems.map((p) => [p.line, p.field])).toEqual([[5, '(front matter)']]);
  });
});

describe('valid content stays valid', () => {
  it('a file with CRLF line ends, a BOM, tabs in the text and today as its date is accepted', async () => {
    const text = `\uFEFF${article('crlf-ok', '').replace('Body.', 'Body\twith a tab.')}`.replace(/\n/g, '\r\n');
    const dir = tempContent({ 'crlf-ok.md': text });
    dirs.push(dir);
    const { problems } = await buildSiteData(ROOT, dir);
    expect(problems.filter((p) => p.file.includes('crlf-ok')).map((p) => p.message)).toEqual([]);
  });
});

describe('every date field is found by walking the schema', () => {
  it('finds dates and quarters wherever the schema types them, including fields added later', async () => {
    const { datesIn } = await import('../../src/pipeline/date-domain.ts');
    const { ArticleFrontMatter } = await import('../../src/schema/article.ts');
    const a = {
      added: '2024-01-01', updated: '2024-02-01',
      source: { published: '2023', accessed: '2024-01-02', covers: { start: '2023-01', end: '2023-03' } },
      figures: [{ period: { quarter: '2023-Q1' } }, { period: { start: '2023-01', end: 'publication' } }],
      incidents: [{ date: { start: '2023-02-01', end: '2023-02-03' }, claims: [{ date: '2023-02' }] }],
      claims: [{ date: '2023-03-01' }],
      denials: [{ date: '2023-04' }],
      events: [{ date: '2023-05-06' }],
    };
    expect(datesIn(ArticleFrontMatter, a).map((d) => `${d.path.join('.')}=${d.value}`).sort()).toEqual([
      'added=2024-01-01', 'claims.0.date=2023-03-01', 'denials.0.date=2023-04', 'events.0.date=2023-05-06',
      'figures.0.period.quarter=2023-Q1', 'figures.1.period.start=2023-01', 'incidents.0.claims.0.date=2023-02',
      'incidents.0.date.end=2023-02-03', 'incidents.0.date.start=2023-02-01', 'source.accessed=2024-01-02',
      'source.covers.end=2023-03', 'source.covers.start=2023-01', 'source.published=2023', 'updated=2024-02-01',
    ]);
  });
});
