import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { ROOT, distDir } from '../helpers/dist.ts';

/**
 * The done-when, in a real browser with JavaScript off: the map names Hombori, Gossi,
 * Moura and the cercles of MINUSMA's 2021-Q2 shares at 320 and 1280 px, in light and dark, with no
 * two labels overlapping as rendered (real font metrics, not the geometry's estimate). Screenshots
 * go to test-results/map/ for a person to look at.
 */
const site = openSite(distDir());
const SHOTS = path.join(ROOT, 'test-results/map');
const NAMES = ['Hombori', 'Gossi', 'Moura', 'Bandiagara', 'Djenné', 'Douentza', 'Koro', 'Mopti', 'Niono', 'Ségou', 'Ansongo', 'Gao'];

describe('the map, without JavaScript', () => {
  it.each([
    [320, 'light'],
    [320, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('at %i px in %s: every place named, no labels overlapping', async (width, scheme) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${site.origin}/charts/map/`, { waitUntil: 'load' });
    const state = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('#map svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
      const labels = [...svg.querySelectorAll<SVGTextElement>('.map-callout text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      });
      const land = svg.querySelector('.map-land')!;
      return {
        layout: svg.dataset.layout,
        svgWidth: svg.getBoundingClientRect().width,
        labels,
        landFill: getComputedStyle(land).fill,
        pageBg: getComputedStyle(document.body).backgroundColor,
        footer: svg.querySelector('.map-footer')?.textContent ?? '',
      };
    });
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#map .chart-canvas').screenshot({ path: path.join(SHOTS, `map-${width}-${scheme}.png`) });
    await context.close();

    expect(state.layout).toBe(width < 560 ? 'narrow' : 'wide');
    expect(state.svgWidth).toBeLessThanOrEqual(width);
    const all = state.labels.map((l) => l.text).join(' | ');
    for (const name of NAMES) expect(all, `${name} at ${width}px ${scheme}`).toContain(name);
    for (const a of state.labels) {
      for (const b of state.labels) {
        if (a === b) continue;
        const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
        expect(overlap, `"${a.text}" overlaps "${b.text}" at ${width}px ${scheme}`).toBe(false);
      }
    }
    // The land takes the theme's page colour: the dark theme is applied with JS off too.
    expect(state.landFill.replace(/\s/g, '')).toBe(state.pageBg.replace(/\s/g, ''));
    expect(state.footer).toContain('geoBoundaries');
    expect(state.footer).toContain('Ménaka and Taoudénit');
  }, 60_000);
});
