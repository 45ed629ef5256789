import { describe, expect, it } from 'vitest';
import { combineCounts } from '../../src/pipeline/combine-counts.ts';
import type { Count } from '../../src/schema/count.ts';

const exact = (n: number): Count => ({ qualifier: 'exact', low: n, best: n, high: n });
const atLeast = (n: number): Count => ({ qualifier: 'at-least', low: n, best: null, high: null });

describe('combineCounts (one incident, several sources)', () => {
  it('passes a single count through', () => {
    expect(combineCounts([atLeast(50)])).toEqual(atLeast(50));
    expect(combineCounts([])).toBeNull();
  });
  it('keeps an open bound open: "at least 50" and "50" is at least 50', () => {
    expect(combineCounts([atLeast(50), exact(50)])).toEqual({ qualifier: 'at-least', low: 50, best: 50, high: null });
  });
  it('spans disagreeing exact counts as a range with a median best', () => {
    expect(combineCounts([exact(20), exact(30)])).toEqual({ qualifier: 'between', low: 20, best: 25, high: 30 });
  });
  it('keeps agreeing exact counts exact', () => {
    expect(combineCounts([exact(20), exact(20)])).toEqual(exact(20));
  });
  it('keeps "more than" only when every source says more than', () => {
    const more = (n: number): Count => ({ qualifier: 'more-than', low: n, best: null, high: null });
    expect(combineCounts([more(200), more(250)])).toEqual({ qualifier: 'more-than', low: 200, best: null, high: null });
    expect(combineCounts([more(200), atLeast(250)])).toEqual({ qualifier: 'at-least', low: 200, best: null, high: null });
  });
});
