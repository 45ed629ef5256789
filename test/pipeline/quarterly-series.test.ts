import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

describe('the quarterly series', () => {
  it('keeps measures apart, leaves periods and incidents out, and lets a reported value beat a derived one', async () => {
    const dir = tempContent({
      'a.md': article(
        'a',
        `figures:
  - id: killed-q2
    period: { quarter: 2022-Q2 }
    perpetrator: all
    measure: killed
    count: { qualifier: exact, best: 317 }
  - id: violations-q2
    period: { start: 2022-04-01, end: 2022-06-30 }
    perpetrator: fama
    measure: violations
    count: { qualifier: exact, best: 31 }
  - id: since-may
    period: { start: 2024-05, end: publication }
    perpetrator: state-forces
    measure: killed
    count: { qualifier: at-least, low: 32 }
incidents:
  - id: big-one
    title: An incident
    date: 2022-04-19
    place: hombori
    perpetrators: [fama]
    description: Something happened.
    claims:
      - kind: report
        by: UN
        counts_of: civilians
        counts: { killed: { qualifier: exact, best: 50 } }
        statement: Fifty killed.`,
        '2024-12',
      ),
    });
    const { data, problems } = await buildSiteData(ROOT, dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const rows = data!.quarterly.map((q) => [q.quarter, q.perpetrator_category, q.measure, q.count.best, q.basis]);
    // The incident's 50 is inside the quarter's 317: it is never added. The since-May period is not a quarter.
    // A start/end span that is exactly one quarter counts as that quarter; fama stands for state forces.
    expect(rows).toEqual([
      ['2022-Q2', 'all', 'killed', 317, 'reported'],
      ['2022-Q2', 'state-forces', 'violations', 31, 'reported'],
    ]);
    const sinceMay = data!.figures.find((f) => f.id === 'since-may')!;
    expect(sinceMay.quarter).toBeNull();
    expect(sinceMay.period).toEqual({ start: '2024-05-01', end: '2024-12-31', precision: 'month' });
  });
});
