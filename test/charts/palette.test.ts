import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, PAPER } from '../../src/charts/palette.ts';
import { deltaE2000, hexToRgb, perceivedDistance, simulate, type Vision } from '../../src/charts/colour-vision.ts';
import { SERIES_CATEGORY_IDS } from '../../src/schema/category.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** CIEDE2000 ΔE 2.3 is a just-noticeable difference; 11 is clearly different at a glance on a small swatch. */
const MIN_PAIR_DELTA_E = 11;
/** Against the paper each mark must stand out well beyond a pair of categories. */
const MIN_BACKGROUND_DELTA_E = 25;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia'];
const DARK_PAPER = '#111111';

describe('colour-vision maths', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal’s published test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });
  it('simulates red–green blindness: pure red and green collapse towards one hue, blue stays blue', () => {
    // Red and green are far apart for normal vision and much closer under both simulations.
    const normal = perceivedDistance('#FF0000', '#00FF00', 'normal');
    for (const v of ['protanopia', 'deuteranopia'] as const) expect(perceivedDistance('#FF0000', '#00FF00', v)).toBeLessThan(normal / 2);
    const [, , b] = simulate('#0000FF', 'deuteranopia');
    expect(b).toBeGreaterThan(0.9);
    expect(simulate('#808080', 'normal')).toEqual(hexToRgb('#808080').map((v) => ((v + 0.055) / 1.055) ** 2.4));
  });
});

describe('palette', () => {
  const entries = Object.entries(CATEGORY_COLOURS);
  it('has a colour for every series category', () => {
    expect(Object.keys(CATEGORY_COLOURS).sort()).toEqual([...SERIES_CATEGORY_IDS].sort());
  });
  it.each(['#FFFFFF', '#111111', '#141414'])('keeps 3:1 contrast for graphics on %s', (bg) => {
    for (const c of Object.values(CATEGORY_COLOURS)) expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
  it('uses distinct colours for every category', () => {
    expect(new Set(Object.values(CATEGORY_COLOURS)).size).toBe(SERIES_CATEGORY_IDS.length);
  });
  it.each(VISIONS)(`keeps every pair of category colours ΔE2000 ≥ ${MIN_PAIR_DELTA_E} apart (%s)`, (vision) => {
    const close: string[] = [];
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const d = perceivedDistance(entries[i]![1], entries[j]![1], vision);
        if (d < MIN_PAIR_DELTA_E) close.push(`${entries[i]![0]} ~ ${entries[j]![0]}: ${d.toFixed(1)}`);
      }
    expect(close).toEqual([]);
  });
  it.each(VISIONS)(`keeps every category colour ΔE2000 ≥ ${MIN_BACKGROUND_DELTA_E} from light and dark paper (%s)`, (vision) => {
    for (const [id, c] of entries)
      for (const bg of [PAPER, DARK_PAPER]) expect(perceivedDistance(c, bg, vision), `${id} on ${bg}`).toBeGreaterThanOrEqual(MIN_BACKGROUND_DELTA_E);
  });
  it('the old Okabe–Ito orange and ochre would fail: the check can fail', () => {
    expect(perceivedDistance('#D55E00', '#A86A00', 'protanopia')).toBeLessThan(MIN_PAIR_DELTA_E);
  });
  it('charts.css falls back to exactly these colours (the CSS beats the SVG attribute on the page)', () => {
    const css = readFileSync(new URL('../../src/components/charts/charts.css', import.meta.url), 'utf8');
    const fallbacks = Object.fromEntries([...css.matchAll(/var\(--cat-([a-z-]+), (#[0-9A-Fa-f]{6})\)/g)].map((m) => [m[1], m[2]!.toUpperCase()]));
    for (const [id, c] of entries) expect(fallbacks[id], id).toBe(c.toUpperCase());
  });
});

describe('values printed on a bar', () => {
  it('are dark or light text, whichever reads at 4.5:1 or better on each category colour', async () => {
    const { TONE_INK, toneOn } = await import('../../src/charts/casualties/value-labels.ts');
    for (const [id, c] of Object.entries(CATEGORY_COLOURS)) expect(contrast(TONE_INK[toneOn(c)], c), id).toBeGreaterThanOrEqual(4.5);
  });
});
