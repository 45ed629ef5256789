import { describe, expect, it } from 'vitest';
import { REPORTS_PER_PAGE, reportGroups, reportPages } from '../../src/components/charts/source-pages.ts';
import type { ChartSource } from '../../src/charts/model.ts';

/** A chart's sources page lists each report once, and is paged so it holds its budget at any size (issue 16). */
const account = (id: string, publisher = 'AFP'): ChartSource => ({ id, title: `Article ${id}`, publisher, author: null, href: `/articles/${id}/` });

describe('a chart\'s sources, by report and in pages', () => {
  it('groups the accounts of one report under it, and keeps an account with no report as its own voice', () => {
    const groups = reportGroups(
      [account('a1'), account('a2', 'RFI'), account('b1'), account('lone', 'VOA')],
      [{ id: 'a1', report_id: 'ra' }, { id: 'a2', report_id: 'ra' }, { id: 'b1', report_id: 'rb' }],
      [{ id: 'ra', title: 'Note on Moura', by: 'OHCHR' }, { id: 'rb', title: null, by: 'Human Rights Watch' }],
    );
    expect(groups.map((g) => [g.id, g.name, g.accounts.map((a) => a.id)])).toEqual([
      ['ra', 'Note on Moura (OHCHR)', ['a1', 'a2']],
      ['rb', 'Human Rights Watch', ['b1']],
      ['lone', 'VOA', ['lone']],
    ]);
  });

  it('splits 10,000 reports into pages of a fixed size, so no page grows with the archive', () => {
    const n = 10_000;
    const sources = Array.from({ length: n }, (_, i) => account(`s${i}`));
    const pages = reportPages(reportGroups(sources, sources.map((s) => ({ id: s.id, report_id: s.id })), []));
    expect(REPORTS_PER_PAGE).toBe(100);
    expect(pages).toHaveLength(n / REPORTS_PER_PAGE);
    expect(Math.max(...pages.map((p) => p.length))).toBe(REPORTS_PER_PAGE);
    expect(pages.flat().map((g) => g.id)).toEqual(sources.map((s) => s.id));
    // No sources: one empty page, so the chart's link to its sources page always leads somewhere.
    expect(reportPages([])).toEqual([[]]);
  });
});
