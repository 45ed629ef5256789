import { describe, expect, it } from 'vitest';
import { cappedList, listText, monthSpan, plural, possessive, quarterEnd, quarterLabel } from '../../src/lib/phrases.ts';

describe('phrases', () => {
  it('plurals and possessives', () => {
    expect([plural(1, 'row'), plural(2, 'row'), plural(0, 'report'), plural(1, 'person', 'people'), plural(3, 'person', 'people')]).toEqual(['1 row', '2 rows', '0 reports', '1 person', '3 people']);
    expect([possessive('MINUSMA'), possessive('Human Rights Watch'), possessive('Armed Forces')]).toEqual(['MINUSMA’s', 'Human Rights Watch’s', 'Armed Forces’']);
  });
  it('lists', () => {
    expect([listText([]), listText(['a']), listText(['a', 'b']), listText(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
    expect(cappedList(['a', 'b', 'c', 'd', 'e'], 2)).toBe('a, b and 3 others');
    expect(cappedList(['a', 'b', 'c'], 2)).toBe('a, b and 1 other');
  });
  it('quarters and month spans', () => {
    expect([quarterLabel('2022-Q1'), quarterEnd('2022-Q1'), quarterEnd('2024-Q4'), quarterEnd('2023-Q2')]).toEqual(['Q1 2022', '2022-03-31', '2024-12-31', '2023-06-30']);
    expect([monthSpan('2024-05-01', '2024-12-31'), monthSpan('2023-12-01', '2024-03-31'), monthSpan('2024-05-01', '2024-05-31')]).toEqual(['May–December 2024', 'December 2023 – March 2024', 'May 2024']);
  });
});
