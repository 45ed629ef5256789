import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

const incident = (date: string, place: string, claims: string) => `incidents:
  - id: shared-incident
    title: An incident
    date: ${date}
    place: ${place}
    perpetrators: [FAMa]
    description: Something happened.
    claims:
${claims}`;

const report = (count: string) => `      - kind: report
        by: UN
        counts_of: civilians
        counts: { killed: ${count} }
        statement: A report.
`;

describe('merging one incident across articles', () => {
  it('keeps every claim, combines only civilian reports, and derives the status', async () => {
    const dir = tempContent({
      'a.md': article('a', incident('2022-04', 'hombori', report('{ qualifier: at-least, low: 50 }')).replace('    place:', '    date_note: some time in April\n    place:')),
      'b.md': article(
        'b',
        incident(
          '2022-04-19',
          'hombori',
          report('{ qualifier: exact, best: 50 }') +
            `      - kind: counter-claim
        by: The army
        by_actor: fama
        counts_of: combatants
        counts: { killed: { qualifier: exact, best: 18 } }
        statement: Said those killed were assailants.
`,
        ),
      ),
    });
    const { data, problems } = await buildSiteData(ROOT, dir);
    expect(problems).toEqual([]);
    expect(data!.incidents).toHaveLength(1);
    const inc = data!.incidents[0]!;
    expect(inc.source_ids).toEqual(['a', 'b']);
    expect(inc.claims.map((c) => [c.source_id, c.kind])).toEqual([
      ['a', 'report'],
      ['b', 'report'],
      ['b', 'counter-claim'],
    ]);
    // The army's 18 combatants never enter the civilian count; the more precise date wins.
    // Two reports, "at least 50" and "50": the envelope is open above, with no best and no median.
    expect(inc.counts.killed).toMatchObject({ method: 'envelope', qualifier: 'at-least', low: 50, best: null, high: null, text: 'at least 50' });
    expect(inc.date).toEqual({ start: '2022-04-19', end: '2022-04-19', precision: 'day' });
    // a.md's "some time in April" described its own, vaguer date: it does not travel with b.md's day.
    expect(inc.date_note).toBeNull();
    expect(inc.status).toBe('contested');
    expect(inc.perpetrator_ids).toEqual(['fama']);
  });

  it('warns when two articles give the same incident different dates or places', async () => {
    const dir = tempContent({
      'a.md': article('a', incident('2022-04-19', 'hombori', report('{ qualifier: exact, best: 5 }'))),
      'b.md': article('b', incident('2022-06-02', 'gossi', report('{ qualifier: exact, best: 5 }'))),
    });
    const { data, problems } = await buildSiteData(ROOT, dir);
    expect(data).not.toBeNull();
    expect(problems.map((p) => [p.file.split('/').pop(), p.severity, p.field])).toEqual([
      ['b.md', 'warning', 'incidents[0].date'],
      ['b.md', 'warning', 'incidents[0].place'],
    ]);
    expect(problems[0]!.message).toMatch(/^incident "shared-incident" has a different date in .*\/articles\/a\.md$/);
    expect(problems[1]!.message).toMatch(/^incident "shared-incident" has a different place in .*\/articles\/a\.md$/);
    expect(problems[0]!.found).toBe('2022-06-02 – 2022-06-02');
    expect(problems[1]!.expected).toBe('"hombori"');
  });

  it('stops warning on a date or place disagreement that one article acknowledges with a reason, and keeps both dates', async () => {
    const ack = (other: string) => `    acknowledged: [{ with: ${other}, reason: The sources disagree on the date. }]\n    claims:`;
    const dir = tempContent({
      'a.md': article('a', incident('2022-04-19', 'hombori', report('{ qualifier: exact, best: 5 }'))),
      'b.md': article('b', incident('2022-06', 'gossi', report('{ qualifier: exact, best: 5 }')).replace('    claims:', ack('a'))),
      'c.md': article('c', incident('2022-08', 'hombori', report('{ qualifier: exact, best: 5 }')).replace('    claims:', ack('b'))),
    });
    const { data, problems } = await buildSiteData(ROOT, dir);
    // b acknowledges a; c acknowledges b, not a, which it is checked against: c still warns.
    expect(problems.map((p) => [p.file.split('/').pop(), p.severity, p.field])).toEqual([['c.md', 'warning', 'incidents[0].date']]);
    expect(data!.incidents[0]!.claims.map((c) => c.source_id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an unknown same_victims_as with a did-you-mean', async () => {
    const dir = tempContent({
      'a.md': article('a', incident('2022-04-19', 'hombori', report('{ qualifier: exact, best: 5 }')).replace('    claims:', '    same_victims_as: shared-incidnt\n    claims:')),
    });
    const { data, problems } = await buildSiteData(ROOT, dir);
    expect(data).toBeNull();
    expect(problems[0]).toMatchObject({ field: 'incidents[0].same_victims_as', message: 'unknown incident "shared-incidnt"', hint: 'did you mean "shared-incident"?' });
  });
});
