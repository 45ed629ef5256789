import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

const fig = (id: string, period: string, perpetrator: string, measure: string, rest: string) =>
  `  - id: ${id}\n    period: ${period}\n    perpetrator: ${perpetrator}\n    measure: ${measure}\n${rest}`;

async function build(figures: string) {
  const dir = tempContent({ 'a.md': article('a', `figures:\n${figures}`) });
  return buildSiteData(ROOT, dir);
}

describe('derived figures', () => {
  it('turns shares of an "at least" total into counts with an honest range, and derives the remainder', async () => {
    const { data, problems } = await build(
      fig('total', '{ quarter: 2021-Q2 }', 'all', 'victims', '    count: { qualifier: at-least, low: 527 }\n') +
        fig('eag', '{ quarter: 2021-Q2 }', 'extremist-armed-groups', 'victims', '    share: { percent: 54, of: total }\n') +
        fig('cm', '{ quarter: 2021-Q2 }', 'community-militias', 'victims', '    share: { percent: 20, of: total }\n') +
        fig('sf', '{ quarter: 2021-Q2 }', 'state-forces', 'victims', '    share: { percent: 9, of: total }\n') +
        fig('intl', '{ quarter: 2021-Q2 }', 'international-forces', 'victims', '    share: { percent: 6, of: total }\n'),
    );
    expect(problems).toEqual([]);
    const f = new Map(data!.figures.map((x) => [x.id, x]));
    // A rounded percentage gives a range, never a single number: 53.5% to 54.5% of the 527 recorded.
    expect([f.get('eag')!.count, f.get('cm')!.count, f.get('sf')!.count, f.get('intl')!.count]).toEqual([
      { qualifier: 'about', low: 281, best: null, high: 288 },
      { qualifier: 'about', low: 102, best: null, high: 109 },
      { qualifier: 'about', low: 44, best: null, high: 51 },
      { qualifier: 'about', low: 28, best: null, high: 35 },
    ]);
    expect(f.get('eag')!.derived).toBe(true);
    expect(f.get('eag')!.derived_from).toEqual(['total']);
    const rest = f.get('total-unattributed')!;
    // 100 − 89 = 11% with four roundings of ±0.5 points: 9% to 13% of 527, not "about 58".
    expect(rest.count).toEqual({ qualifier: 'about', low: 47, best: null, high: 69 });
    expect(rest.perpetrator_category).toBe('unattributed');
    expect(rest.derived).toBe(true);
    expect(rest.derivation).toContain('at least 527');
    expect(rest.derivation).toContain('the account we read does not attribute');
  });

  it('derives a remainder of inexact parts from the range of its inputs', async () => {
    const { data } = await build(
      fig('t', '{ quarter: 2022-Q2 }', 'all', 'killed', '    count: { qualifier: between, low: 100, high: 120 }\n') +
        fig('s', '{ quarter: 2022-Q2 }', 'state-forces', 'killed', '    count: { qualifier: about, best: 30, low: 25, high: 35 }\n    part_of: t\n'),
    );
    expect(data!.figures.find((x) => x.id === 't-unattributed')!.count).toEqual({ qualifier: 'about', low: 65, best: null, high: 95 });
  });

  it('refuses a figure that is part of itself, or of a loop of totals', async () => {
    const { data, problems } = await build(
      fig('t', '{ quarter: 2022-Q2 }', 'all', 'killed', '    count: { qualifier: exact, best: 317 }\n    part_of: t\n') +
        fig('x', '{ quarter: 2022-Q2 }', 'state-forces', 'killed', '    count: { qualifier: exact, best: 10 }\n    part_of: y\n') +
        fig('y', '{ quarter: 2022-Q2 }', 'extremist-armed-groups', 'killed', '    count: { qualifier: exact, best: 20 }\n    part_of: x\n'),
    );
    expect(data).toBeNull();
    expect(problems.map((p) => [p.field, p.message, p.found])).toEqual([
      ['figures[0].part_of', 'a figure cannot be a part of itself', '"t"'],
      ['figures[1].part_of', '"x" is part of a loop of totals', '"x" → "y" → "x"'],
      ['figures[2].part_of', '"y" is part of a loop of totals', '"y" → "x" → "y"'],
    ]);
  });

  it('refuses a fall of 100% or more from the previous quarter', async () => {
    const { data, problems } = await build(
      fig('q', '{ quarter: 2022-Q1 }', 'all', 'killed', '    count: { qualifier: exact, best: 50 }\n    change_from_previous_quarter: { percent: -150 }\n'),
    );
    expect(data).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'figures[0].change_from_previous_quarter.percent' });
    expect(problems[0]!.message).toContain('a fall cannot be 100% or more');
  });

  it('derives the previous quarter from a reported rise, keeping the "more than" bound and giving no best', async () => {
    const { data } = await build(
      fig('q1', '{ quarter: 2022-Q1 }', 'all', 'killed', '    count: { qualifier: more-than, low: 500 }\n    change_from_previous_quarter: { percent: 324 }\n'),
    );
    const prev = data!.figures.find((x) => x.id === 'q1-previous-quarter')!;
    expect(prev.quarter).toBe('2021-Q4');
    expect(prev.period).toEqual({ start: '2021-10-01', end: '2021-12-31', precision: 'quarter' });
    // 500 / 4.245 = 117.8: "more than 117", never a made-up best estimate.
    expect(prev.count).toEqual({ qualifier: 'more-than', low: 117, best: null, high: null });
    expect(prev.derived).toBe(true);
    const row = data!.quarterly.find((q) => q.quarter === '2021-Q4')!;
    expect(row.basis).toBe('derived');
  });

  it('derives an exact remainder only when the total and every part are exact', async () => {
    const { data } = await build(
      fig('t', '{ quarter: 2022-Q2 }', 'all', 'killed', '    count: { qualifier: exact, best: 317 }\n') +
        fig('s', '{ quarter: 2022-Q2 }', 'fama', 'killed', '    count: { qualifier: exact, best: 96 }\n    part_of: t\n') +
        fig('e', '{ quarter: 2022-Q2 }', 'extremist-armed-groups', 'killed', '    count: { qualifier: exact, best: 200 }\n    part_of: t\n'),
    );
    expect(data!.figures.find((x) => x.id === 't-unattributed')!.count).toEqual({ qualifier: 'exact', low: 21, best: 21, high: 21 });
  });

  it('warns when shares add to more than 100% and when parts exceed their total', async () => {
    const { problems } = await build(
      fig('t', '{ quarter: 2022-Q2 }', 'all', 'killed', '    count: { qualifier: exact, best: 100 }\n') +
        fig('a', '{ quarter: 2022-Q2 }', 'state-forces', 'killed', '    share: { percent: 70, of: t }\n') +
        fig('b', '{ quarter: 2022-Q2 }', 'extremist-armed-groups', 'killed', '    share: { percent: 40, of: t }\n'),
    );
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'the parts of "t" add up to more than the total'],
      ['warning', 'the shares of "t" add up to more than 100%'],
    ]);
  });

  it('refuses a part that counts another measure than its total', async () => {
    const { data, problems } = await build(
      fig('t', '{ quarter: 2022-Q2 }', 'all', 'killed', '    count: { qualifier: exact, best: 100 }\n') +
        fig('v', '{ quarter: 2022-Q2 }', 'state-forces', 'violations', '    count: { qualifier: exact, best: 10 }\n    part_of: t\n'),
    );
    expect(data).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'figures[1].measure', message: 'a part must count the same thing as its total "t"', expected: 'measure: killed' });
  });
});
