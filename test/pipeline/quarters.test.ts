import { describe, expect, it } from 'vitest';
import { exactQuarter, previousQuarter, quarterOf, quarterRange, quarterSpan } from '../../src/pipeline/quarters.ts';

describe('quarters', () => {
  it('assigns days to calendar quarters at the boundaries', () => {
    expect(quarterOf('2021-03-31')).toBe('2021-Q1');
    expect(quarterOf('2021-04-01')).toBe('2021-Q2');
    expect(quarterOf('2021-12-31')).toBe('2021-Q4');
  });
  it('knows the first and last day of a quarter, leap years included', () => {
    expect(quarterSpan('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterSpan('2022-Q2')).toEqual({ start: '2022-04-01', end: '2022-06-30' });
    expect(quarterSpan('2021-Q4')).toEqual({ start: '2021-10-01', end: '2021-12-31' });
  });
  it('recognises a span that is exactly one quarter and nothing else', () => {
    expect(exactQuarter('2022-04-01', '2022-06-30')).toBe('2022-Q2');
    expect(exactQuarter('2022-04-01', '2022-06-29')).toBeNull();
    expect(exactQuarter('2024-05-01', '2024-12-31')).toBeNull();
    expect(exactQuarter('2022-01-01', '2022-06-30')).toBeNull();
  });
  it('steps back across a year', () => {
    expect(previousQuarter('2022-Q1')).toBe('2021-Q4');
    expect(previousQuarter('2022-Q3')).toBe('2022-Q2');
  });
  it('lists every quarter between two, inclusive', () => {
    expect(quarterRange('2021-Q3', '2022-Q2')).toEqual(['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2']);
    expect(quarterRange('2022-Q2', '2022-Q2')).toEqual(['2022-Q2']);
  });
});
