import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';

/**
 * Issue 14: no text in any chart SVG overlaps another text or is cut (by the frame, or with "…")
 * at 320, 375, 768 and 1280 px, and none renders under MIN_TEXT_PX on a phone (320 and 375 px),
 * on every chart page and every embed of the built site, measured
 * in Chromium with the real fonts (the geometry's own checks, test/charts/label-boxes.test.ts,
 * use an estimate of the font). Only the layout a reader sees is measured (the page swaps the wide
 * and narrow drawings with a media or container query).
 */
const dist = distDir();
const site = openSite(dist);
const WIDTHS = [320, 375, 768, 1280] as const;

const folders = (dir: string) =>
  existsSync(path.join(dist, dir))
    ? readdirSync(path.join(dist, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dist, dir, d.name, 'index.html')))
        .map((d) => `/${dir}/${d.name}/`)
        .sort()
    : [];
// /embed/<id>/ is the same page as /embed/v1/<id>/ (an alias), so the versioned address stands for both.
const ROUTES = [...folders('charts'), ...folders('embed/v1')];

/**
 * Pages known to fail, each with why and whose work fixes it. They are checked like every other
 * page but expected to fail (it.fails), so the day one passes this test fails too, and says to
 * strike it from this list: a known fault cannot hide here once it is gone.
 */
// Pages this test is known to fail on, run as it.fails until fixed. Empty: the timeline's redesign
// (issue 14 item 2) fixed the truncated event labels and the lane label past the frame.
const KNOWN_FAULTS: Record<string, string> = {};

/** Overlaps of less than this (px, both ways) are glyph side-bearings touching, not text on text. */
const TOLERANCE = 1;

/**
 * The smallest chart text a phone may show, in CSS px as rendered (font size × the SVG's scale on
 * screen), at 320 and 375 px: the quarterly chart's narrow text (11 px in a 360 px drawing) as a
 * 320 px phone shows it, in the 288 px the page's margins leave: 11 × 288/360 = 8.8 px. Before,
 * the actor charts' ticks and the quarterly chart's value and gap labels (10 px) rendered at 8 px
 * and the map's notes (9 px) at 7.2 px. Written out, not read from src/charts/common.ts, so a
 * smaller font there fails here.
 */
const MIN_TEXT_PX = 8.8;
const PHONE_WIDTHS: readonly number[] = [320, 375];

type Problem = string;

async function layoutProblems(page: Page, minPx: number): Promise<{ charts: number; texts: number; problems: Problem[] }> {
  return page.evaluate(([tol, minPx]) => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
    };
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter((svg) => {
      // Hidden when any ancestor is (a measure not chosen, the other layout).
      for (let e: Element | null = svg; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false;
      return visible(svg);
    });
    let texts = 0;
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const name = `${svg.closest('[data-chart]')?.getAttribute('data-chart') ?? svg.getAttribute('aria-labelledby')} (${svg.dataset.layout})`;
      const boxes = [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter((t) => visible(t) && (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const r = t.getBoundingClientRect();
          // Rendered size: the computed font size (in the SVG's units) times the on-screen scale of
          // the text's own coordinate system (its length, so a rotated label counts too).
          const m = t.getScreenCTM();
          const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
          return { text: (t.textContent ?? '').trim(), x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, px };
        });
      texts += boxes.length;
      for (const b of boxes) {
        // Hundredths of a pixel are rounding in the scale, not smaller text.
        if (b.px < minPx - 0.01) problems.push(`${name}: "${b.text}" renders at ${b.px.toFixed(2)} px, under ${minPx} px`);
        if (b.text.includes('…')) problems.push(`${name}: "${b.text}" is cut with "…"`);
        if (b.x0 < frame.left - tol || b.x1 > frame.right + tol || b.y0 < frame.top - tol || b.y1 > frame.bottom + tol)
          problems.push(`${name}: "${b.text}" runs past the chart's frame`);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > tol && h > tol) problems.push(`${name}: "${a.text}" overlaps "${b.text}" (${w.toFixed(1)} × ${h.toFixed(1)} px)`);
        }
    }
    return { charts: svgs.length, texts, problems };
  }, [TOLERANCE, minPx] as const);
}

describe('chart text at every width: nothing overlaps, nothing is cut, nothing too small on a phone', () => {
  it('finds the chart pages and embeds to check', () => {
    expect(ROUTES.filter((r) => r.startsWith('/charts/')).length).toBeGreaterThan(3);
    expect(ROUTES.filter((r) => r.startsWith('/embed/v1/')).length).toBeGreaterThan(3);
  });

  // One load per page, measured at each width in turn: resizing the viewport re-runs the media and
  // container queries that pick the layout, as a rotating phone or a dragged window would.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });
  const check = async (route: string) => {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(site.origin + route, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // Two frames: the resize's layout, then anything the page's script does in response.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // Text size is checked on phones only: wider screens show the wide drawing nearer its own size.
      const found = await layoutProblems(page, PHONE_WIDTHS.includes(width) ? MIN_TEXT_PX : 0);
      // The page shows a chart, and the chart has words: a blank page must not pass as "no overlap".
      if (found.charts === 0) problems.push(`${width} px: no visible chart`);
      else if (found.texts === 0) problems.push(`${width} px: no visible text in its chart`);
      problems.push(...found.problems.map((p) => `${width} px: ${p}`));
    }
    expect(problems).toEqual([]);
  };
  const clean = ROUTES.filter((r) => !(r in KNOWN_FAULTS));
  const faulty = ROUTES.filter((r) => r in KNOWN_FAULTS);
  it.each(clean)(`%s at ${WIDTHS.join(', ')} px`, check);
  if (faulty.length) it.fails.each(faulty)(`%s at ${WIDTHS.join(', ')} px: known fault, remove it from KNOWN_FAULTS once this passes`, check);
});
