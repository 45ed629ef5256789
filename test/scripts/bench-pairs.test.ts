import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianPair, pairRatios, PAIRS, type Pair } from '../../scripts/bench/pairs.ts';
import { report, type SizeResult } from '../../scripts/bench/report.ts';

const pair = (bare: number, data: number, load = 1): Pair => ({ bare: { ms: bare, maxRssMB: 100, load }, data: { ms: data, maxRssMB: 200, load } });

describe("the data step's figure: the median of alternating pairs (scripts/bench/pairs.ts)", () => {
  it('measures an odd number of pairs, so the median is one pair', () => {
    expect(PAIRS % 2).toBe(1);
    expect(PAIRS).toBeGreaterThanOrEqual(3);
  });

  it('takes the pair with the middle ratio, not the middle times or an average', () => {
    // Ratios ×2.24, ×1.61, ×1.87: the median pair is the third, although its times are neither the
    // middle bare time nor the middle data time.
    const pairs = [pair(1000, 2240), pair(1200, 1932), pair(900, 1683)];
    expect(medianPair(pairs)).toBe(pairs[2]);
    expect(pairRatios(pairs).map((x) => x.toFixed(2))).toEqual(['2.24', '1.61', '1.87']);
  });

  it('one slow pair never decides the figure', () => {
    const pairs = [pair(1000, 1800), pair(1000, 9000), pair(1000, 1700)];
    expect(medianPair(pairs).data.ms).toBe(1800);
  });

  it('refuses to pick from no pairs', () => {
    expect(() => medianPair([])).toThrow('no pairs were measured');
  });

  it('always returns a measured pair with as many ratios at or below it as at or above it', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 30_000 })), { minLength: 1, maxLength: 9 }).filter((a) => a.length % 2 === 1);
    fc.assert(
      fc.property(arb, (times) => {
        const pairs = times.map(([b, d]) => pair(b, d));
        const m = medianPair(pairs);
        expect(pairs).toContain(m);
        const r = m.data.ms / m.bare.ms;
        const ratios = pairRatios(pairs);
        expect(ratios.filter((x) => x <= r).length).toBeGreaterThanOrEqual((pairs.length + 1) / 2);
        expect(ratios.filter((x) => x >= r).length).toBeGreaterThanOrEqual((pairs.length + 1) / 2);
      }),
    );
  });

  it('the report gives the median and every pair it was chosen from', () => {
    const pairs = [pair(1000, 2240), pair(1200, 1932), pair(900, 1683)];
    const { bare, data } = medianPair(pairs);
    const row: SizeResult = { size: 10000, incidents: 1, figures: 1, bare, data, ratios: pairRatios(pairs), full: null, incremental: null, unchanged: null, identical: null, weights: null, emptyCsvs: null };
    expect(report([row])).toContain('- Data step ÷ bare parse, 10,000 articles: time ×1.87, the median of 3 alternating pairs (×2.24, ×1.61, ×1.87) (target ≤ ×2): met');
  });
});
