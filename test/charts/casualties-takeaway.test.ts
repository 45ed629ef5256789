import { describe, expect, it } from 'vitest';
import type { QuarterlyRecord } from '../../src/model/records.ts';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyTakeaway } from '../../src/charts/casualties/takeaway.ts';
import { atLeast, between, exact, q } from './helpers.ts';

/**
 * The takeaway travels into embeds, PNG/SVG downloads and the SVG's description, without the table:
 * it must never call a derived number reported, nor show a denied number without its denial.
 */
const denial = { by: "Mali's foreign ministry", by_actor: null, date: null, source_id: 's', scope: 'report' as const, report_id: 'r', against: ['state-forces'], statement: 'Denied.', statement_id: null };
const take = (records: QuarterlyRecord[], category: QuarterlyRecord['perpetrator_category'] | null = null) =>
  casualtyTakeaway(casualtyRows(records, { measure: 'killed', category: category as never }), 'killed', category as never);

describe('the casualty takeaway', () => {
  it('never calls a derived quarter the highest reported one', () => {
    const text = take([q('2021-Q4', 'all', atLeast(900), 'derived'), q('2022-Q1', 'all', exact(543))]);
    expect(text).toMatch(/^The highest quarter a source states is Q1 2022, with 543 civilians killed/);
    expect(text).toContain('1 of the 2 quarters shown has a number a source states; 1 more has only numbers this site derived, flagged.');
  });
  it('says so when every number shown is derived', () => {
    expect(take([q('2021-Q4', 'all', atLeast(117), 'derived')])).toBe('No quarter has a number a source states for all perpetrators; every value shown is derived by this site, flagged. The one quarter shown has only numbers this site derived, flagged.');
  });
  it('names an envelope as one, and carries a denial, a different definition and a stack over its total', () => {
    const total = q('2022-Q1', 'all', between(512, 543));
    total.count = { ...total.count, method: 'envelope', text: '512–543' };
    total.parts_exceed_total = true;
    const state = q('2022-Q1', 'state-forces', exact(248));
    state.denials = [denial];
    const victims = q('2022-Q1', 'extremist-armed-groups', exact(295));
    victims.definition = 'includes 55 people detained';
    const text = take([total, state, victims]);
    expect(text).toContain('with 512–543 civilians killed (sources disagree: lowest to highest stated value)');
    expect(text).toContain("Mali's foreign ministry denies the numbers for state forces in Q1 2022.");
    expect(text).toContain('Q1 2022 counts by a different definition and is not comparable like for like.');
    expect(text).toContain('In Q1 2022 the parts, from another account, add up to more than the total drawn.');
  });
  it('names one statement relayed by two outlets once, with both names, even where only one account reaches a row', () => {
    const a = { ...denial, by: "Mali's Ministry of Foreign Affairs", source_id: 'a', statement_id: 'ministry-statement' };
    const b = { ...denial, source_id: 'b', statement_id: 'ministry-statement' };
    const state = q('2022-Q2', 'state-forces', exact(96));
    state.denials = [a, b];
    const foreign = q('2022-Q2', 'community-militias', exact(9));
    foreign.denials = [{ ...b }]; // a copy, as read back from JSON: still the same denial
    const text = take([state, foreign, q('2022-Q2', 'all', exact(317))]);
    expect(text.match(/denies/g)).toHaveLength(1);
    expect(text).toContain("Mali's Ministry of Foreign Affairs (also reported as “Mali's foreign ministry”) denies the numbers for community militias in Q2 2022, state forces in Q2 2022.");
    // Without the id, two names are two denials, as before.
    state.denials = [{ ...a, statement_id: null }, { ...b, statement_id: null }];
    expect(take([state, q('2022-Q2', 'all', exact(317))])).toContain("Mali's Ministry of Foreign Affairs denies the numbers for state forces in Q2 2022. Mali's foreign ministry denies the numbers for state forces in Q2 2022.");
  });
  it('in a one-category view, carries the denial of that category', () => {
    const state = q('2022-Q2', 'state-forces', exact(96));
    state.denials = [denial];
    expect(take([state, q('2022-Q2', 'all', exact(317))], 'state-forces')).toBe("State forces: the highest quarter a source states is Q2 2022, with 96 civilians killed. The one quarter shown has a number a source states. Mali's foreign ministry denies the numbers for state forces in Q2 2022.");
  });
});
