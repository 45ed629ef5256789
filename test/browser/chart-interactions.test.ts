import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { onePerType, sitePages, type SitePage } from '../helpers/site-pages.ts';

/**
 * The chart contract (src/components/charts, src/scripts/charts/enhance.ts): a mark a reader can
 * ask about carries its words in data-tip; the script shows them in a tooltip (.chart-tip or
 * [role=tooltip]) on hover and on keyboard focus, arrow keys move between marks, Escape hides;
 * a <figure data-filter> gains a perpetrator <select> that dims other categories; a .chart-group
 * of figures gains a measure switch (radios) that shows one figure at a time.
 */
const MARK = '.chart-mark[data-tip], .actor-mark[data-tip]';
const TIP = '.chart-tip, [role="tooltip"]';
const dist = distDir();
const all = sitePages(dist);
const having = (re: RegExp): SitePage[] => onePerType(all.filter((p) => re.test(readFileSync(p.file, 'utf8'))));
const withMarks = having(/class="[^"]*\b(chart|actor)-mark\b[^"]*"[^>]*\bdata-tip=|\bdata-tip=[^>]*class="[^"]*\b(chart|actor)-mark\b/);
const withFilter = having(/<figure\b[^>]*\sdata-filter="/);
// A switch needs two charts or more in a group: a group of one (the timeline) gets none.
const withSwitch = having(/class="[^"]*\bchart-group\b[\s\S]*data-switch-label="[\s\S]*data-switch-label="/);
const site = openSite(dist);


async function open(route: string): Promise<{ page: Page; problems: string[]; done: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Fail an action in seconds with its reason, rather than at the test's timeout.
  page.setDefaultTimeout(5000);
  const problems = watchPage(page, site.origin);
  await page.goto(site.origin + route, { waitUntil: 'networkidle' });
  return { page, problems, done: () => context.close() };
}

const visibleTips = (page: Page) =>
  page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        const s = getComputedStyle(t);
        return !(t as HTMLElement).hidden && r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
      })
      .map((t) => (t as HTMLElement).innerText.trim());
  }, TIP);

/** Tabs from the top of the page until an element matching sel has focus (or gives up). */
async function tabTo(page: Page, sel: string, limit = 300): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel)) return true;
  }
  return false;
}

describe('chart tooltips', () => {
  it('some page has chart marks with tooltips', () => {
    expect(withMarks.map((p) => p.route)).not.toEqual([]);
  });

  it.each(withMarks.map((p) => [p.type, p.route]))('%s (%s): by mouse and by keyboard', async (_type, route) => {
    const { page, problems, done } = await open(route);
    // The first mark a pointer can reach (dots may overlap: the one on top is the one hovered).
    const index = await page.evaluate((sel) => {
      return [...document.querySelectorAll(sel)].findIndex((m) => {
        if (m.getBoundingClientRect().width === 0) return false;
        m.scrollIntoView({ block: 'center', inline: 'center' });
        const r = m.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && m.contains(hit);
      });
    }, MARK);
    expect(index, 'a mark the pointer can reach').toBeGreaterThanOrEqual(0);
    const mark = page.locator(MARK).nth(index);
    await mark.scrollIntoViewIfNeeded();
    const tip = (await mark.getAttribute('data-tip'))!;
    expect(await visibleTips(page), 'no tooltip before asking').toEqual([]);
    await mark.hover();
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([tip]);
    await page.mouse.move(1, 1);
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([]);

    expect(await tabTo(page, MARK), 'a chart mark is reachable with Tab').toBe(true);
    const first = await page.evaluate(() => document.activeElement!.getAttribute('data-tip'));
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([first]);
    const count = await page.locator(`:is(${MARK}):visible`).count();
    if (count > 1) {
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() => document.activeElement!.getAttribute('data-tip'));
      expect(second, 'ArrowRight moves to the next mark').not.toBe(first);
      await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([second]);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([]);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});

const dimmed = (page: Page) => page.evaluate(() => document.querySelectorAll('figure[data-filter] .is-dim').length);

describe('the perpetrator filter', () => {
  it('some page has a chart with a filter', () => {
    expect(withFilter.map((p) => p.route)).not.toEqual([]);
  });

  it.each(withFilter.map((p) => [p.type, p.route]))('%s (%s): by mouse and by keyboard', async (_type, route) => {
    const { page, problems, done } = await open(route);
    const select = page.locator('figure[data-filter] select').first();
    await expect.poll(() => select.count(), { timeout: 2000 }).toBe(1);
    expect(await dimmed(page)).toBe(0);
    // Mouse: open the list and choose the second entry (the first perpetrator).
    await select.click();
    const value = await select.evaluate((s: HTMLSelectElement) => s.options[1]!.value);
    await select.selectOption(value);
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBeGreaterThan(0);
    await select.selectOption('');
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBe(0);
    // Keyboard: Tab to the select, ArrowDown picks the next option.
    expect(await tabTo(page, 'figure[data-filter] select'), 'the filter is reachable with Tab').toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBeGreaterThan(0);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});

const shown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.chart-group > .chart')].filter((f) => !f.hidden && f.getBoundingClientRect().height > 0).map((f) => f.id));

describe('the measure switch', () => {
  it('some page has a group of charts with a measure switch', () => {
    expect(withSwitch.map((p) => p.route)).not.toEqual([]);
  });

  it.each(withSwitch.map((p) => [p.type, p.route]))('%s (%s): by mouse and by keyboard', async (_type, route) => {
    const { page, problems, done } = await open(route);
    const radios = page.locator('.chart-group').first().locator('input[type="radio"]');
    await expect.poll(() => radios.count(), { timeout: 2000 }).toBeGreaterThan(1);
    const start = await shown(page);
    expect(start, 'one chart shown at a time').toHaveLength(1);
    // Mouse: click the second measure's label.
    await radios.nth(1).locator('xpath=ancestor::label[1]').click();
    await expect.poll(() => shown(page), { timeout: 2000 }).not.toEqual(start);
    expect(await shown(page)).toHaveLength(1);
    // Keyboard: back to the first with the arrow keys, as radio groups work.
    await radios.nth(1).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(page), { timeout: 2000 }).toEqual(start);
    expect(await tabTo(page, '.chart-group input[type="radio"]'), 'the switch is reachable with Tab').toBe(true);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});
