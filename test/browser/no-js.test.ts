import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';

/** A chart is an SVG the chart components draw (class chart-svg) or any SVG inside a <figure>. */
export const CHART_SVG = 'svg.chart-svg, figure svg';

const dist = distDir();
const pages = onePerType(sitePages(dist));
const site = openSite(dist);
const chartsSeen = new Map<string, number>();


describe('with JavaScript off', () => {
  it.each(pages.map((p) => [p.type, p.route]))('%s (%s) is readable and its charts are drawn', async (_type, route) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.origin + route, { waitUntil: 'load' });
    const state = await page.evaluate((sel) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
      };
      const main = document.querySelector('main') ?? document.body;
      // A chart may carry several drawings (wide and narrow layouts, swapped by CSS): each chart
      // needs one of them visible and drawn, not all.
      const svgs = [...document.querySelectorAll(sel)].filter((svg) => svg.parentElement?.closest('svg') == null);
      const charts = new Map<Element, Element[]>();
      for (const svg of svgs) {
        const owner = svg.closest('figure') ?? svg;
        charts.set(owner, [...(charts.get(owner) ?? []), svg]);
      }
      const name = (c: Element) => c.id || c.getAttribute('aria-labelledby') || c.outerHTML.slice(0, 80);
      const drawn = (svg: Element) => svg.querySelectorAll('rect, path, circle, line, polygon, polyline').length > 0;
      return {
        text: (main as HTMLElement).innerText.trim().length,
        mainVisible: visible(main),
        charts: charts.size,
        hidden: [...charts].filter(([, list]) => !list.some(visible)).map(([c]) => name(c)),
        empty: [...charts].filter(([, list]) => !list.some((svg) => visible(svg) && drawn(svg))).map(([c]) => name(c)),
      };
    }, CHART_SVG);
    await context.close();
    chartsSeen.set(route, state.charts);
    expect(state.mainVisible, `${route}: main content visible`).toBe(true);
    expect(state.text, `${route}: main has text`).toBeGreaterThan(0);
    expect(state.hidden, `${route}: charts hidden without JS`).toEqual([]);
    expect(state.empty, `${route}: charts with no marks without JS`).toEqual([]);
  }, 60_000);

  it('the site has charts to show (drawn at build time, not by script)', () => {
    expect([...chartsSeen.values()].reduce((a, b) => a + b, 0), `charts per page: ${JSON.stringify([...chartsSeen])}`).toBeGreaterThan(0);
  });
});
