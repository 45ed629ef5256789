import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { distDir, ROOT } from '../helpers/dist.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';

/** Screenshots of every page type at a phone's and a desktop's width land here (gitignored). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');
const WIDTHS = [375, 1280] as const;

const dist = distDir();
const pages = onePerType(sitePages(dist));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  console.log(`Screenshots: ${SCREENSHOT_DIR}`);
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page type, as a reader\'s browser loads it', () => {
  it.each(pages.map((p) => [p.type, p.route]))('%s (%s) loads with no console error and no failed request', async (type, route) => {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = watchPage(page, server.origin);
      const response = await page.goto(server.origin + route, { waitUntil: 'networkidle' });
      expect(response?.status(), route).toBe(200);
      // Nothing sideways: a phone-width page must not scroll horizontally.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const file = `${type.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home'}-${width}.png`;
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, file), fullPage: true });
      await context.close();
      expect(problems, `${route} at ${width}px`).toEqual([]);
      expect(overflow, `${route} at ${width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  }, 120_000);
});
