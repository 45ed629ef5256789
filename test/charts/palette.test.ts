import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS } from '../../src/charts/palette.ts';
import { SERIES_CATEGORY_IDS } from '../../src/schema/category.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('palette', () => {
  it('has a colour for every series category', () => {
    expect(Object.keys(CATEGORY_COLOURS).sort()).toEqual([...SERIES_CATEGORY_IDS].sort());
  });
  it.each(['#FFFFFF', '#111111', '#141414'])('keeps 3:1 contrast for graphics on %s', (bg) => {
    for (const c of Object.values(CATEGORY_COLOURS)) expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
  it('uses distinct colours for the six perpetrator categories', () => {
    expect(new Set(Object.values(CATEGORY_COLOURS)).size).toBe(SERIES_CATEGORY_IDS.length);
  });
});
