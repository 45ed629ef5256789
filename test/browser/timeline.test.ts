import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { distDir, ROOT } from '../helpers/dist.ts';
import { timelineDrawing, timelineModel } from '../../src/charts/timeline/model.ts';
import { timelineGeometry } from '../../src/charts/timeline/geometry.ts';
import { timelineSvg } from '../../src/charts/timeline/svg.ts';
import { timelineViews } from '../../src/charts/timeline/pages.ts';
import { syntheticArchive } from '../charts/timeline-fixture.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';
import { openSettled } from '../helpers/settle.ts';

/**
 * The timeline as a reader sees it, in Chromium with its real fonts, at a phone's and a laptop's
 * width: no piece of text in the drawing overlaps another or runs outside it, nothing is shortened
 * with "…", every mark is drawn once, the default view works with JavaScript off and the script
 * moves nothing. On the real site (page, chart page, embed, long view) and on the synthetic
 * 300-incident decade (its SVGs placed in a page with the charts' stylesheet).
 */
/** The data step's output as the pages read it (one file per part: src/datasets/site-data-files.ts). */
const realData = () => readSiteDataRaw(path.join(ROOT, 'src/generated')) as Parameters<typeof timelineDrawing>[0];

const dist = distDir();
const site = openSite(dist);
const WIDTHS = [320, 375, 1280];
const ROUTES = ['/timeline/', '/timeline/all/', '/charts/timeline/', '/embed/timeline/'];

type Box = { text: string; label: number; x1: number; x2: number; y1: number; y2: number };

/** Every visible timeline SVG: its box and the box of each line of text (a label's lines share `label`). */
function readSvgs(page: Page) {
  return page.evaluate(() => {
    return [...document.querySelectorAll<SVGSVGElement>('figure svg.chart-svg, .chart-canvas svg.chart-svg')]
      .filter((s) => s.getBoundingClientRect().width > 0 && getComputedStyle(s).display !== 'none')
      .map((svg) => {
        const r = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('text')].flatMap((t, label) => {
          const parts = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
          return parts.map((p) => {
            const b = p.getBoundingClientRect();
            return { text: p.textContent ?? '', label, x1: b.left, x2: b.right, y1: b.top, y2: b.bottom };
          });
        });
        // A mark is what it says (its accessible name): the same words twice is the same mark drawn twice.
        const hrefs = [...svg.querySelectorAll('a.chart-mark')].map((a) => a.getAttribute('aria-label'));
        return { x1: r.left, x2: r.right, boxes, hrefs, scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
  });
}

function problems(svgs: Awaited<ReturnType<typeof readSvgs>>): string[] {
  const out: string[] = [];
  for (const s of svgs) {
    const bs: Box[] = s.boxes.filter((b) => b.x2 > b.x1);
    for (const b of bs) {
      if (b.text.includes('…')) out.push(`shortened: "${b.text}"`);
      if (b.x1 < s.x1 - 0.5 || b.x2 > s.x2 + 0.5) out.push(`cut at the edge: "${b.text}" (${Math.round(b.x1)}–${Math.round(b.x2)} in ${Math.round(s.x1)}–${Math.round(s.x2)})`);
    }
    // Glyph boxes of a line's ascent and descent: a pixel of slack, as fonts overhang.
    for (let i = 0; i < bs.length; i++) {
      for (let j = i + 1; j < bs.length; j++) {
        const a = bs[i]!;
        const b = bs[j]!;
        if (a.label === b.label) continue;
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) out.push(`overlap: "${a.text}" × "${b.text}"`);
      }
    }
    const dup = s.hrefs.filter((h, i) => s.hrefs.indexOf(h) !== i);
    if (dup.length) out.push(`marks drawn twice: ${dup.slice(0, 3).join(', ')}`);
    if (s.scroll > 0) out.push(`page scrolls sideways by ${s.scroll}px`);
  }
  return out;
}

describe('the timeline on the site', () => {
  for (const width of WIDTHS) {
    it.each(ROUTES)(`%s at ${width} px: one drawing, no text overlapping or cut`, async (route) => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.origin + route, { waitUntil: 'load' });
      const svgs = await readSvgs(page);
      await context.close();
      expect(svgs, route).toHaveLength(1);
      expect(svgs[0]!.boxes.length).toBeGreaterThan(5);
      expect(problems(svgs)).toEqual([]);
    });
  }

  it('starts on the data with JavaScript off, and links to the long view, which draws the earlier context', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.origin + '/timeline/', { waitUntil: 'load' });
    const svgs = await readSvgs(page);
    expect(svgs).toHaveLength(1);
    const first = (await page.locator('.tick-label').allTextContents())[0];
    const data = timelineDrawing(realData());
    // The first year labelled is the first year with data (or the one after, when the axis is thinned).
    expect(Number(first)).toBeGreaterThanOrEqual(Number(data.view.start.slice(0, 4)));
    expect(Number(first)).toBeLessThanOrEqual(Number(data.view.start.slice(0, 4)) + 1);
    const longView = data.tops.find((v) => v.id === 'all');
    if (longView) {
      await page.click('nav.timeline-views a[href$="/timeline/all/"]');
      await page.waitForURL(/\/timeline\/all\/$/);
      const events = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg .event-label')].map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')));
      const before = data.rows.length ? realData().events.filter((e: { date: { end: string } }) => e.date.end < data.view.start) : [];
      expect(before.length).toBeGreaterThan(0);
      for (const e of before) expect(events).toContain(e.title);
    }
    await context.close();
  });

  it('moves nothing when its script runs: the drawing sits where it was drawn without JavaScript', async () => {
    const where = async (js: boolean) => {
      const context = await site.browser.newContext({ javaScriptEnabled: js, viewport: { width: 375, height: 900 } });
      const page = await context.newPage();
      await openSettled(page, site.origin + '/timeline/');
      const box = await page.evaluate(() => {
        const fig = document.querySelector('figure.chart')!.getBoundingClientRect();
        const svg = document.querySelector('figure.chart svg.chart-svg')!.getBoundingClientRect();
        return { top: svg.top - fig.top, height: svg.height, figure: fig.height };
      });
      await context.close();
      return box;
    };
    expect(await where(true)).toEqual(await where(false));
  });
});

describe('the timeline’s weight budget (what a first visit downloads, gzip -9)', () => {
  // Aggregation keeps these flat as the archive grows (docs/charts.md; checked at 3,000 and
  // 30,000 incidents in test/charts/timeline-layout.test.ts).
  const PAGE_BUDGET = 40_000;
  const EMBED_BUDGET = 30_000;
  const views = timelineViews(realData());
  it.each(views.map((v) => [v.id, v.id === 'timeline' ? 'timeline/index.html' : `timeline/${v.id}/index.html`]))('%s page', (_id, file) => {
    expect(pageWeight(dist, path.join(dist, file)).total).toBeLessThan(PAGE_BUDGET);
  });
  it('embed', () => {
    expect(pageWeight(dist, path.join(dist, 'embed/timeline/index.html')).total).toBeLessThan(EMBED_BUDGET);
  });
});

describe('the synthetic 300-incident decade, in Chromium', () => {
  const decade = syntheticArchive(300, 10);
  const css = readFileSync(path.join(ROOT, 'src/components/charts/charts.css'), 'utf8');
  const views = timelineViews(decade).slice(0, 4);
  for (const width of WIDTHS) {
    it(`no text overlapping or cut at ${width} px, in the default, long and year views`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const found: string[] = [];
      for (const v of views) {
        const m = timelineModel(decade, { id: `t-${v.id}`, kind: 'timeline', alternates: [], view: v.id }, '/');
        const svg = timelineSvg(timelineGeometry(m.drawing, { layout: 'narrow', base: '/' }), { uid: 'u', title: m.title, desc: m.description, layout: 'narrow' });
        await page.setContent(`<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0;padding:0 16px;font-family:system-ui,sans-serif}${css}</style></head><body><figure class="chart" style="margin:0"><div class="chart-canvas">${svg}</div></figure></body></html>`);
        const svgs = await readSvgs(page);
        expect(svgs).toHaveLength(1);
        found.push(...problems(svgs).map((p) => `${v.id}: ${p}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
