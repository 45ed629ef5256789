import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';

/**
 * The chart contract (src/components/charts): a mark a reader can ask about is a focusable
 * `.chart-mark` carrying its words in data-tip; the chart script shows them in a [role=tooltip]
 * on hover and on keyboard focus, and Escape dismisses it.
 */
const MARK = '.chart-mark[data-tip]';
const dist = distDir();
const pages = onePerType(sitePages(dist).filter((p) => /class="[^"]*\bchart-mark\b[^"]*"[^>]*data-tip=|data-tip=[^>]*class="[^"]*\bchart-mark\b/.test(readFileSync(p.file, 'utf8'))));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tooltip = (page: Page) =>
  page.evaluate(() => {
    const tips = [...document.querySelectorAll('[role="tooltip"]')].filter((t) => {
      const r = t.getBoundingClientRect();
      const s = getComputedStyle(t);
      return !(t as HTMLElement).hidden && r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
    });
    return tips.map((t) => (t as HTMLElement).innerText.trim());
  });

describe('chart tooltips', () => {
  it('some page has chart marks with tooltips', () => {
    expect(pages.map((p) => p.route)).not.toEqual([]);
  });

  it.each(pages.map((p) => [p.type, p.route]))('%s (%s): by mouse and by keyboard', async (_type, route) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page, server.origin);
    await page.goto(server.origin + route, { waitUntil: 'networkidle' });
    const mark = page.locator(`${MARK} >> visible=true`).first();
    const tip = (await mark.getAttribute('data-tip'))!;
    const words = tip.split(/\s+/).slice(0, 3).join(' ');

    expect(await tooltip(page), 'no tooltip before asking').toEqual([]);
    await mark.hover();
    await expect.poll(() => tooltip(page), { timeout: 2000 }).toEqual([expect.stringContaining(words)]);
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip(page), { timeout: 2000 }).toEqual([]);

    // Keyboard: Tab from the top of the page until a mark has focus.
    await page.locator('body').focus();
    let focused = false;
    for (let i = 0; i < 300 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, MARK);
    }
    expect(focused, 'a chart mark is reachable with Tab').toBe(true);
    const focusedTip = await page.evaluate(() => document.activeElement!.getAttribute('data-tip')!);
    await expect.poll(() => tooltip(page), { timeout: 2000 }).toEqual([expect.stringContaining(focusedTip.split(/\s+/).slice(0, 3).join(' '))]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page), { timeout: 2000 }).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  });
});
