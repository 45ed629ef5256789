import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';

/** A chart is an SVG the chart components draw (class chart-svg) or any SVG inside a <figure>. */
export const CHART_SVG = 'svg.chart-svg, figure svg';

const dist = distDir();
const pages = onePerType(sitePages(dist));
let server: StaticServer;
let browser: Browser;
const chartsSeen = new Map<string, number>();

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('with JavaScript off', () => {
  it.each(pages.map((p) => [p.type, p.route]))('%s (%s) is readable and its charts are drawn', async (_type, route) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.origin + route, { waitUntil: 'load' });
    const state = await page.evaluate((sel) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
      };
      const main = document.querySelector('main') ?? document.body;
      const charts = [...document.querySelectorAll(sel)].filter((svg) => svg.parentElement?.closest('svg') == null);
      return {
        text: (main as HTMLElement).innerText.trim().length,
        mainVisible: visible(main),
        charts: charts.length,
        hidden: charts.filter((c) => !visible(c)).map((c) => c.getAttribute('aria-labelledby') ?? c.outerHTML.slice(0, 80)),
        empty: charts.filter((c) => c.querySelectorAll('rect, path, circle, line, polygon, polyline').length === 0).map((c) => c.outerHTML.slice(0, 80)),
      };
    }, CHART_SVG);
    await context.close();
    chartsSeen.set(route, state.charts);
    expect(state.mainVisible, `${route}: main content visible`).toBe(true);
    expect(state.text, `${route}: main has text`).toBeGreaterThan(0);
    expect(state.hidden, `${route}: charts hidden without JS`).toEqual([]);
    expect(state.empty, `${route}: charts with no marks without JS`).toEqual([]);
  });

  it('the site has charts to show (drawn at build time, not by script)', () => {
    expect([...chartsSeen.values()].reduce((a, b) => a + b, 0), `charts per page: ${JSON.stringify([...chartsSeen])}`).toBeGreaterThan(0);
  });
});
