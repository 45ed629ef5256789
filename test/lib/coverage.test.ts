import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/lib/coverage.ts';
import { homeData } from './home-data.ts';

describe('home coverage note', () => {
  it('says where the series ends, what happened after it, and which reports cover each later year', () => {
    expect(coverage(homeData())).toEqual({
      series: { first: 'Q3 2022', last: 'Q4 2022', lastBy: ['UN mission'] },
      after: [{ when: '31 December 2023', title: 'The UN mission ends', href: '/articles/rights-2024/', source: 'Rights group documents killings' }],
      years: [
        { year: '2023', reports: [], more: 0 },
        { year: '2024', reports: [{ by: 'Rights Watchers', href: '/articles/rights-2024/', what: '3 figures, May–December 2024' }], more: 0 },
      ],
    });
  });

  it('caps the reports listed for a year and says how many more there are', () => {
    const data = homeData();
    for (let i = 0; i < 5; i++) {
      const id = `extra-${i}`;
      data.reports.push({ id, by: `Group ${i}`, title: null, kind: 'ngo', account_ids: ['rights-2024'] });
      data.figures.push({ ...data.figures[2]!, id: `f-${i}`, report_id: id });
    }
    const y2024 = coverage(data).years.find((y) => y.year === '2024')!;
    expect(y2024.reports).toHaveLength(3);
    expect(y2024.more).toBe(3);
  });
});
