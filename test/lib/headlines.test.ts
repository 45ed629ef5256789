import { describe, expect, it } from 'vitest';
import { creditText, headlines } from '../../src/lib/headlines.ts';
import { denial, figure, homeData, quarterRow } from './home-data.ts';

describe('home headlines', () => {
  it('puts the newest findings first, people killed first within a report, at most two per report', () => {
    const h = headlines(homeData());
    expect(h.map((x) => [x.number, x.label, x.credit])).toEqual([
      ['at least 47', 'civilians killed by extremist armed groups, June–December 2024', 'Rights Watchers'],
      ['at least 32', 'civilians killed by state forces, May–December 2024', 'Rights Watchers'],
      ['174', 'civilians killed, all perpetrators together, in Q4 2022', 'UN mission (via Wire)'],
      ['120', 'civilians killed, all perpetrators together, in Q3 2022', 'UN mission (via Wire)'],
    ]);
    expect(h[0]!.href).toBe('/articles/rights-2024/');
    expect(h[2]!.href).toBe('/quarters/2022-Q4/');
  });

  it('is capped however many findings there are', () => {
    expect(headlines(homeData(), 3)).toHaveLength(3);
    expect(headlines(homeData(), 10, 1).map((x) => x.group)).toEqual(['rights-report-2024', 'quarter:2022-Q4', 'quarter:2022-Q3']);
  });

  it('carries denials, envelopes and the derived flag with the number', () => {
    const data = homeData();
    data.figures = data.figures.map((f) => (f.id === 'rights-killed-armed' ? { ...f, denials: [denial], derived: true } : f));
    data.quarterly[1] = quarterRow('2022-Q4', 150, { count: { ...data.quarterly[1]!.count, method: 'envelope', text: '150 to at least 174', low: 150, best: null, high: null } });
    const h = headlines(data, 10, 10);
    const armed = h.find((x) => x.label.includes('extremist'))!;
    expect(armed.derived).toBe(true);
    expect(armed.caveats).toEqual(['denied by the government']);
    const q4 = h.find((x) => x.group === 'quarter:2022-Q4')!;
    expect(q4.number).toBe('150 to at least 174');
    expect(q4.caveats).toContain('sources disagree: lowest to highest stated value');
  });

  it('makes several accounts of one report one headline, listing their numbers when they differ', () => {
    const data = homeData();
    data.sources.push({ ...data.sources[2]!, id: 'rights-2024-b', publisher: 'Other Daily' });
    data.figures.push(figure({ id: 'rights-killed-state-b', source_id: 'rights-2024-b', report_id: 'rights-report-2024', count: { qualifier: 'exact', low: 33, best: 33, high: 33 } }));
    const state = headlines(data, 10, 10).filter((x) => x.label.includes('killed by state forces'));
    expect(state).toHaveLength(1);
    expect(state[0]!.caveats).toEqual(['accounts of this report differ: at least 32 in Daily; 33 in Other Daily']);
  });

  it('names each number once with every outlet giving it, never a publisher in brackets of ours', () => {
    const data = homeData();
    data.sources.push({ ...data.sources[2]!, id: 'rights-2024-b', publisher: 'Other Daily (other.example), a wire story' });
    data.sources.push({ ...data.sources[2]!, id: 'rights-2024-c', publisher: 'Third Paper' });
    data.figures.push(figure({ id: 'rights-killed-state-b', source_id: 'rights-2024-b', report_id: 'rights-report-2024', count: { qualifier: 'exact', low: 33, best: 33, high: 33 } }));
    data.figures.push(figure({ id: 'rights-killed-state-c', source_id: 'rights-2024-c', report_id: 'rights-report-2024', count: { qualifier: 'exact', low: 33, best: 33, high: 33 } }));
    const state = headlines(data, 10, 10).find((x) => x.label.includes('killed by state forces'))!;
    expect(state.caveats).toEqual(['accounts of this report differ: at least 32 in Daily; 33 in Other Daily (other.example), a wire story and in Third Paper']);
  });
});

describe('a headline\'s credit in plain sentences', () => {
  it('gives whose finding it is, then each caveat as its own sentence, every name and denial kept', () => {
    expect(creditText({ credit: 'MINUSMA', caveats: [] })).toBe('MINUSMA.');
    expect(
      creditText({
        credit: 'MINUSMA',
        caveats: ['accounts of this report differ: 1,277 in Jowhar (jowhar.com) and in La DH (dhnet.be), Belga wire; at least 1,277 in Atoo (atoo.ci)', 'denied by Mali’s authorities'],
      }),
    ).toBe('MINUSMA. Accounts of this report differ: 1,277 in Jowhar (jowhar.com) and in La DH (dhnet.be), Belga wire; at least 1,277 in Atoo (atoo.ci). Denied by Mali’s authorities.');
  });

  it('carries the headline\'s own caveats from the data, denial included', () => {
    const data = homeData();
    data.figures = data.figures.map((f) => (f.id === 'rights-killed-armed' ? { ...f, denials: [denial] } : f));
    const armed = headlines(data, 10, 10).find((x) => x.label.includes('extremist'))!;
    expect(creditText(armed)).toBe('Rights Watchers. Denied by the government.');
  });
});
