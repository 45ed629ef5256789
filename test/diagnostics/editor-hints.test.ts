import { describe, expect, it } from 'vitest';
import { dateRangeHint, numberTextHint, separatorHint } from '../../src/diagnostics/editor-hints.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

describe('hints for numbers and dates copied from a report', () => {
  it('joins a number a thousands separator split, never "remove it"', () => {
    expect(separatorHint('277', { qualifier: 'at-least', low: 1 })).toBe('a thousands separator split the number: write low: 1277 (no comma, space or point), and check it against the source');
    expect(separatorHint('best', { low: 1 })).toBeNull();
    expect(separatorHint('27', { low: 1 })).toBeNull();
  });
  it('reads "1 277", "1,277" and "1.277" as text and names the digits', () => {
    expect(numberTextHint('1 277')).toMatch(/^write the number without separators: 1277 /);
    expect(numberTextHint('1.277.000')).toMatch(/: 1277000 /);
    expect(numberTextHint('fifty')).toBeNull();
    expect(numberTextHint('12,34')).toBeNull();
  });
  it('turns a span of days into the { start, end } form, in English and French', () => {
    expect(dateRangeHint('18-19 June 2022')).toBe('a span of days is written { start: 2022-06-18, end: 2022-06-19 }');
    expect(dateRangeHint('18 au 19 juin 2022')).toBe('a span of days is written { start: 2022-06-18, end: 2022-06-19 }');
    expect(dateRangeHint('30 June - 2 July 2022')).toBe('a span of days is written { start: 2022-06-30, end: 2022-07-02 }');
    expect(dateRangeHint('2022-06-18')).toBeNull();
  });
});

describe('the validator gives those hints in place', () => {
  it('on a count written 1,277 and a date written 18-19 June 2022', async () => {
    const dir = tempContent({
      'a.md': article('a', `figures:
  - id: a-year
    period: { start: 2022-01, end: 2022-12 }
    perpetrator: all
    measure: killed
    count: { qualifier: at-least, low: 1,277 }
events:
  - id: a-event
    date: 18-19 June 2022
    title: An event`),
    });
    const { problems } = await buildSiteData(ROOT, dir);
    expect(problems.map((p) => [p.line, p.field, p.message, p.hint])).toEqual([
      [17, 'figures[0].count.277', 'unknown field "277"', 'a thousands separator split the number: write low: 1277 (no comma, space or point), and check it against the source'],
      [20, 'events[0].date', expect.stringContaining('expected a real date'), 'a span of days is written { start: 2022-06-18, end: 2022-06-19 }'],
    ]);
  });
  it('on an unknown actor, points to aliases only when the source says so', async () => {
    const dir = tempContent({
      'a.md': article('a', `incidents:
  - id: a-2022
    title: T
    date: 2022-06
    place: hombori
    perpetrators: [Katiba Macina]
    description: D.
    claims:
      - kind: report
        by: W
        statement: S.`),
    });
    const { problems } = await buildSiteData(ROOT, dir);
    expect(problems[0]!.hint).toContain('If your source says "Katiba Macina" is part of or another name for one of them, add it to that actor\'s aliases');
  });
});
