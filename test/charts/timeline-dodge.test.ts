import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/charts/timeline/dodge.ts';

const overlaps = (cs: { id: string; x: number; r: number }[], dys: Map<string, number>) =>
  cs.some((a, i) => cs.slice(i + 1).some((b) => Math.hypot(a.x - b.x, dys.get(a.id)! - dys.get(b.id)!) < a.r + b.r));

describe('dodge (timeline beeswarm)', () => {
  it('leaves circles that do not touch on the centre line', () => {
    const cs = [{ id: 'a', x: 0, r: 5 }, { id: 'b', x: 20, r: 5 }];
    expect([...dodge(cs).values()]).toEqual([0, 0]);
  });
  it('keeps the largest on the line and moves the others just clear of it, nearest first', () => {
    const cs = [{ id: 'small', x: 2, r: 3 }, { id: 'big', x: 0, r: 16 }, { id: 'mid', x: 1, r: 6 }];
    const dys = dodge(cs);
    expect(dys.get('big')).toBe(0);
    expect(overlaps(cs, dys)).toBe(false);
    // Just clear: the distance from the big circle's centre is the two radii plus the gap.
    expect(Math.round(Math.hypot(1, dys.get('mid')!) * 10) / 10).toBe(23.5);
  });
  it('never overlaps, whatever the input, and gives the same answer for the same input', () => {
    const cs = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, x: (i * 7) % 23, r: 3 + (i % 5) * 2 }));
    const dys = dodge(cs);
    expect(overlaps(cs, dys)).toBe(false);
    expect([...dodge([...cs].reverse())].sort()).toEqual([...dys].sort());
  });
});
