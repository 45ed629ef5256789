import { describe, expect, it } from 'vitest';
import { casualtyModel } from '../../src/charts/casualties/model.ts';
import { ROW_SOURCES_NAMED, chartSources, rowSourceWords, type ChartSource } from '../../src/charts/model.ts';
import type { QuarterlyRecord, SiteData } from '../../src/model/records.ts';
import { exact, q } from './helpers.ts';
import { tinySite } from './site-fixture.ts';

/** A chart table's row names a few accounts, and counts many by publisher (issue 16: pages that do not grow with the archive). */
const account = (id: string, publisher: string): ChartSource => ({ id, title: `Article ${id}`, publisher, author: null, href: `/articles/${id}/` });
const PUBLISHERS = ['RFI', 'AFP', 'OHCHR'];

/** A quarter whose killed total rests on `n` accounts, each a claim shown, from three publishers in turn. */
function siteWithAccounts(n: number): SiteData {
  const base = tinySite([]);
  const ids = Array.from({ length: n }, (_, i) => `s${String(i).padStart(5, '0')}`);
  const row: QuarterlyRecord = q('2022-Q1', 'all', exact(40));
  row.count.claims = ids.map((id) => ({ source_id: id, report_id: id, figure_id: null, by: 'UN', count: exact(40), derived: false, used: true }));
  return {
    ...base,
    quarterly: [row],
    sources: ids.map((id, i) => ({ ...base.sources[0]!, id, title: `Note ${id}`, publisher: PUBLISHERS[i % 3]!, report_id: id })),
    reports: ids.map((id) => ({ id, by: 'UN', title: null, kind: 'un' as const, account_ids: [id] })),
  };
}
const spec = { id: 'casualties-by-perpetrator', kind: 'casualties' as const, measure: 'killed' as const, category: null, alternates: [] };
const sourcesCell = (data: SiteData) => {
  const m = casualtyModel(data, spec, '/base/');
  return { m, cell: m.table.rows[0]!.at(-1)!, href: m.table.rowHrefs?.[0] };
};

describe('a chart table row’s sources', () => {
  it(`names up to ${ROW_SOURCES_NAMED} accounts one by one, as the chart's source line does`, () => {
    expect(ROW_SOURCES_NAMED).toBe(8);
    expect(rowSourceWords([account('a', 'AFP'), account('b', 'RFI'), account('c', 'AFP')], 'the quarter’s page')).toBe(
      'Article a (AFP); Article b (RFI); Article c (AFP)',
    );
    expect(rowSourceWords([], 'the quarter’s page')).toBe('');
  });

  it('past that, counts them by publisher (every publisher named, alphabetically) and says where each is listed', () => {
    const named = ['RFI', 'AFP', 'RFI', 'OHCHR', 'RFI', 'VOA', 'RFI', 'AFP'].map((p, i) => account(String(i), p));
    expect(rowSourceWords(named, 'the quarter’s page')).toBe(named.map((s) => `${s.title} (${s.publisher})`).join('; '));
    const words = rowSourceWords([...named, account('9', 'RFI')], 'the quarter’s page');
    expect(words).toBe('9 accounts, listed one by one on the quarter’s page: AFP (2); OHCHR; RFI (5); VOA');
  });

  it('on the quarterly chart, a row of 9 or 10,000 accounts is the same length but for the count, and links to its quarter’s page', () => {
    const few = sourcesCell(siteWithAccounts(9));
    const many = sourcesCell(siteWithAccounts(10_000));
    expect(few.cell).toBe('9 accounts, listed one by one on the quarter’s page: AFP (3); OHCHR (3); RFI (3)');
    expect(many.cell).toBe('10,000 accounts, listed one by one on the quarter’s page: AFP (3,333); OHCHR (3,333); RFI (3,334)');
    expect(few.href).toBe('/base/quarters/2022-Q1/');
    // The row still rests on every account: the page's links and the CSV list them all.
    expect(many.m.table.rowSources![0]).toHaveLength(10_000);
    expect(String(many.m.csvRecords[0]!.source_ids).split(' ')).toHaveLength(10_000);
  });

  it('a row with a few accounts names them and needs no link, nor does a row with none (a gap)', () => {
    const { cell, href } = sourcesCell(siteWithAccounts(2));
    expect(cell).toBe('Note s00000 (RFI); Note s00001 (AFP)');
    expect(href).toBeNull();
    expect(sourcesCell(siteWithAccounts(ROW_SOURCES_NAMED)).href).toBeNull();
    const gap = casualtyModel(tinySite([q('2021-Q1', 'all', exact(5)), q('2021-Q3', 'all', exact(5))]), spec, '/');
    const row = gap.table.rows.findIndex((r) => r[0] === 'Q2 2021');
    expect(gap.table.rows[row]![2]).toBe('no report found');
    expect(gap.table.rowHrefs![row]).toBeNull();
  });
});

describe('chartSources', () => {
  it('links each source to the first article citing it (in data order), else to its own id, and drops unknown ids', () => {
    const base = siteWithAccounts(3);
    const article = (id: string, source_id: string) => ({ id, source_id }) as SiteData['articles'][number];
    const data = { ...base, articles: [article('first', 's00001'), article('second', 's00001'), article('own', 's00002')] };
    const got = chartSources(data, ['s00002', 'missing', 's00001', 's00000', 's00001'], (id) => `/articles/${id}/`);
    expect(got.map((s) => [s.id, s.href])).toEqual([
      ['s00000', '/articles/s00000/'],
      ['s00001', '/articles/first/'],
      ['s00002', '/articles/own/'],
    ]);
    expect(got[1]).toMatchObject({ title: 'Note s00001', publisher: 'AFP', author: null });
  });
});
