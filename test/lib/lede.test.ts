import { describe, expect, it } from 'vitest';
import { lede } from '../../src/lib/lede.ts';
import { denial, homeData } from './home-data.ts';

describe('home lede', () => {
  it('is two sentences from the data: the newest findings with whose they are, then where the series ends', () => {
    expect(lede(homeData())).toEqual([
      'The newest findings on record come from Rights Watchers: at least 47 civilians killed by extremist armed groups (June–December 2024) and at least 32 by state forces (May–December 2024).',
      'The quarterly chart runs from Q3 2022 to Q4 2022, when UN mission (via Wire) reported 174 civilians killed, all perpetrators together.',
    ]);
  });

  it('flags a derived number and carries a denial in the sentence', () => {
    const data = homeData();
    data.figures = data.figures.map((f) => (f.id === 'rights-killed-armed' ? { ...f, denials: [denial], derived: true } : f));
    expect(lede(data)[0]).toContain('at least 47 civilians killed by extremist armed groups (June–December 2024; derived: computed, not stated; denied by the government)');
  });

  it('does not repeat the latest quarter when it is the newest finding', () => {
    const data = homeData();
    data.figures = data.figures.filter((f) => f.report_id !== 'rights-report-2024');
    expect(lede(data)).toEqual([
      'The newest findings on record come from UN mission (via Wire): 174 civilians killed, all perpetrators together (Q4 2022).',
      'The quarterly chart runs from Q3 2022 to Q4 2022.',
    ]);
  });

  it('says so when nothing is on record', () => {
    expect(lede(homeData({ figures: [], quarterly: [] }))).toEqual(['No findings are on record yet.']);
  });
});
