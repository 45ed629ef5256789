import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { onePerType, sitePages, type SitePage } from '../helpers/site-pages.ts';
import { openSettled } from '../helpers/settle.ts';

/**
 * The chart contract (src/components/charts, src/scripts/charts/enhance.ts): a mark a reader can
 * ask about carries its words in its aria-label (the tooltip reads it: no copy of the words); the
 * script shows them in a tooltip (.chart-tip or
 * [role=tooltip]) on hover, on keyboard focus and on a tap (with a link to the mark's page; a
 * second tap follows the mark), arrow keys move between marks, Escape hides. The controls
 * (measure, perpetrator) are links from the build to each state's address; a perpetrator filter
 * held in the query (?perpetrator=) is applied by the script and restored on load. The script
 * moves nothing: no layout shift. The menu and "Cite this" are disclosures of plain links.
 */
const MARK = '.chart-mark[aria-label], .actor-mark[aria-label]';
const TIP = '.chart-tip, [role="tooltip"]';
const dist = distDir();
const all = sitePages(dist);
const having = (re: RegExp): SitePage[] => onePerType(all.filter((p) => re.test(readFileSync(p.file, 'utf8'))));
const withMarks = having(/class="[^"]*\b(chart|actor)-mark\b[^"]*"[^>]*\baria-label=|\baria-label=[^>]*class="[^"]*\b(chart|actor)-mark\b/);
// Pages whose chart shows a filter held in the query (embeds apply one but show no controls).
const withQueryFilter = having(/<nav\b[^>]*\sdata-filter-param="/);
const withLinkedMarks = having(/<a class="chart-mark"[^>]*\shref="[^"]+"[^>]*\saria-label=/);
const chartPages = all.filter((p) => /^\/charts\/[^/]+\/$/.test(p.route));
const embeds = all.filter((p) => /^\/embed\/v1\/[^/]+\/$/.test(p.route));
const site = openSite(dist);


type Device = { width: number; height: number; touch?: boolean; js?: boolean };
const DESKTOP: Device = { width: 1280, height: 900 };
const PHONE: Device = { width: 375, height: 740, touch: true };

async function open(route: string, device: Device = DESKTOP): Promise<{ page: Page; problems: string[]; done: () => Promise<void> }> {
  const context = await site.browser.newContext({
    viewport: { width: device.width, height: device.height },
    hasTouch: !!device.touch,
    isMobile: !!device.touch,
    javaScriptEnabled: device.js ?? true,
  });
  const page = await context.newPage();
  // Fail an action in seconds with its reason, rather than at the test's timeout.
  page.setDefaultTimeout(5000);
  const problems = watchPage(page, site.origin);
  await openSettled(page, site.origin + route);
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
    const tip = (await mark.getAttribute('aria-label'))!;
    expect(await visibleTips(page), 'no tooltip before asking').toEqual([]);
    await mark.hover();
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([tip]);
    await page.mouse.move(1, 1);
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([]);

    expect(await tabTo(page, MARK), 'a chart mark is reachable with Tab').toBe(true);
    const first = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([first]);
    const count = await page.locator(`:is(${MARK}):visible`).count();
    if (count > 1) {
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
      expect(second, 'ArrowRight moves to the next mark').not.toBe(first);
      await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([second]);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([]);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});


/** The first mark of the chart a finger can reach on screen: its index among MARK, after scrolling it into view. */
async function reachableLinkedMark(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll<SVGAElement>('a.chart-mark[href][aria-label]')];
    return marks.findIndex((m) => {
      if (m.getBoundingClientRect().width === 0) return false;
      m.scrollIntoView({ block: 'center', inline: 'center' });
      const r = m.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.width > 0 && r.height > 0 && hit !== null && m.contains(hit);
    });
  });
}

describe('a tap on a mark at 375 px (touch)', () => {
  it('some page has marks that link to a page', () => {
    expect(withLinkedMarks.map((p) => p.route)).not.toEqual([]);
  });

  it.each(withLinkedMarks.map((p) => [p.type, p.route]))('%s (%s): first tap shows the tooltip and its link, second tap follows it', async (_type, route) => {
    const { page, problems, done } = await open(route, PHONE);
    const index = await reachableLinkedMark(page);
    expect(index, 'a mark a finger can reach').toBeGreaterThanOrEqual(0);
    const mark = page.locator('a.chart-mark[href][aria-label]').nth(index);
    const tip = (await mark.getAttribute('aria-label'))!;
    const href = (await mark.getAttribute('href'))!;
    const before = page.url();
    await mark.tap();
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toHaveLength(1);
    expect((await visibleTips(page))[0]).toContain(tip);
    expect(page.url(), 'the first tap stays on the page').toBe(before);
    const link = page.locator('.chart-tip-link:visible');
    expect(await link.getAttribute('href')).toBe(href);
    const box = (await link.boundingBox())!;
    expect(box.height, 'the link in the tooltip is a 24 px target').toBeGreaterThanOrEqual(24);
    // A tap elsewhere closes it; tapping the mark again opens it again, and a second tap follows the link.
    await page.touchscreen.tap(2, 2);
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toEqual([]);
    await mark.tap();
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toHaveLength(1);
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(href, site.origin).pathname), mark.tap()]);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);

  it.each(withLinkedMarks.slice(0, 1).map((p) => [p.type, p.route]))('%s (%s): the link in the tooltip goes to the page', async (_type, route) => {
    const { page, done } = await open(route, PHONE);
    const mark = page.locator('a.chart-mark[href][aria-label]').nth(await reachableLinkedMark(page));
    const href = (await mark.getAttribute('href'))!;
    await mark.tap();
    const link = page.locator('.chart-tip-link:visible');
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(href, site.origin).pathname), link.tap()]);
    await done();
  }, 60_000);

  it.each(withLinkedMarks.slice(0, 1).map((p) => [p.type, p.route]))('%s (%s): the keyboard equivalent: focus shows the tooltip, Enter follows the link', async (_type, route) => {
    const { page, done } = await open(route);
    expect(await tabTo(page, 'a.chart-mark[href][aria-label]')).toBe(true);
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
    await expect.poll(() => visibleTips(page), { timeout: 2000 }).toHaveLength(1);
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(href, site.origin).pathname), page.keyboard.press('Enter')]);
    await done();
  }, 60_000);
});

const dimmed = (page: Page) => page.evaluate(() => document.querySelectorAll('figure[data-filter-param] .is-dim').length);

describe('the perpetrator filter held in the address', () => {
  // Whether a chart of the real content draws several categories without a page per category
  // depends on the content (today the map's located incidents are all of one category). The rules
  // are tested without a browser in test/components/chart-states.test.ts; here, every such page
  // the build has is driven in Chromium.
  it('every chart with a query filter has one for two categories or more', () => {
    for (const p of withQueryFilter) expect((/data-filter-values="([^"]*)"/.exec(readFileSync(p.file, 'utf8'))?.[1] ?? '').split(' ').filter(Boolean).length, p.route).toBeGreaterThanOrEqual(2);
  });

  it.each(withQueryFilter.map((p) => [p.type, p.route]))('%s (%s): by mouse and keyboard, into the URL, the menu, the citation and back on load', async (_type, route) => {
    const { page, problems, done } = await open(route);
    const links = page.locator('figure[data-filter-param] a[data-filter-value]');
    expect(await links.count()).toBeGreaterThan(2);
    expect(await dimmed(page)).toBe(0);
    const value = (await links.nth(1).getAttribute('data-filter-value'))!;
    await links.nth(1).click();
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('perpetrator')).toBe(value);
    expect(await links.nth(1).getAttribute('aria-current')).toBe('true');
    const state = `perpetrator=${value}`;
    expect(await page.locator('figure[data-filter-param] a[data-state-link]').getAttribute('href')).toContain(state);
    expect(await page.locator('figure[data-filter-param] [data-state-text]').textContent()).toContain(state);
    const snippet = page.locator('[data-embed-snippet="loader"]');
    if (await snippet.count()) expect(await snippet.inputValue(), 'the embed code carries the state').toContain(state);
    // Restored on load.
    await openSettled(page, null);
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBeGreaterThan(0);
    expect(await links.nth(1).getAttribute('aria-current')).toBe('true');
    // Keyboard: Tab to "All perpetrators", Enter clears it.
    expect(await tabTo(page, 'figure[data-filter-param] a[data-filter-value=""]'), 'the filter is reachable with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBe(0);
    expect(new URL(page.url()).searchParams.has('perpetrator')).toBe(false);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);

  const embedWithFilter = embeds.find((p) => /data-filter-param="/.test(readFileSync(p.file, 'utf8')))?.route;
  it.runIf(embedWithFilter)('an embed applies ?perpetrator= from its own address', async () => {
    const route = embedWithFilter;
    const html = readFileSync(embeds.find((p) => p.route === route)!.file, 'utf8');
    const value = /data-filter-values="([a-z-]+)/.exec(html)![1]!;
    const { page, problems, done } = await open(`${route}?perpetrator=${value}`);
    await expect.poll(() => dimmed(page), { timeout: 2000 }).toBeGreaterThan(0);
    await openSettled(page, `${site.origin}${route}?perpetrator=nobody`);
    expect(await dimmed(page), 'a category the chart does not draw shows the whole chart').toBe(0);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('measure and perpetrator links: every state has its own pre-rendered address', () => {
  const linked = chartPages.filter((p) => /class="chart-switch/.test(readFileSync(p.file, 'utf8')));

  it('chart pages have controls, each link to a page that exists, the current one marked', () => {
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) {
      const html = readFileSync(p.file, 'utf8');
      const hrefs = [...html.matchAll(/<a href="(\/charts\/[^"]+\/)"[^>]*data-(?:measure|filter-value)/g)].map((m) => m[1]!);
      for (const h of hrefs) expect(all.some((q) => q.route === h), `${p.route} → ${h}`).toBe(true);
      if (hrefs.length) expect(html, p.route).toMatch(new RegExp(`<a href="${p.route}" aria-current="page"`));
    }
  });

  it('without JavaScript the links are there and lead to the other measure', async () => {
    const p = linked.find((x) => /data-measure=/.test(readFileSync(x.file, 'utf8')))!;
    const { page, done } = await open(p.route, { ...PHONE, js: false });
    const other = page.locator('a[data-measure]:not([aria-current])').first();
    expect(await other.isVisible()).toBe(true);
    const href = (await other.getAttribute('href'))!;
    await Promise.all([page.waitForURL((u) => u.pathname === href), other.click()]);
    expect(await page.locator('a[data-measure][aria-current="page"]').getAttribute('href')).toBe(href);
    await done();
  }, 60_000);
});

describe('the menu (PNG, SVG, CSV, embed, link) and "Cite this"', () => {
  const page0 = chartPages[0]!;

  it('every chart page has the menu, its links resolve, and the citation names the data version', () => {
    for (const p of chartPages) {
      const html = readFileSync(p.file, 'utf8');
      const menu = /<details class="chart-menu">([\s\S]*?)<\/details>/.exec(html)?.[1];
      expect(menu, p.route).toBeDefined();
      const hrefs = [...menu!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
      expect(hrefs.map((h) => h.replace(/^https?:\/\/[^/]+/, '').replace(/#.*/, '').replace(/.*\.(png|svg|csv)$/, '.$1'))).toEqual(['.png', '.svg', '.csv', p.route, p.route]);
      for (const h of hrefs.slice(0, 3)) expect(existsSync(path.join(dist, h)), h).toBe(true);
      expect(html, p.route).toMatch(/<details class="chart-cite">[\s\S]*data version [0-9a-f]{16}/);
      expect(html, p.route).toContain('id="embed"');
    }
  });

  it('opens from the keyboard and reads as a disclosure; every target is 24 px or more at 375 px', async () => {
    const { page, problems, done } = await open(page0.route, PHONE);
    expect(await tabTo(page, '.chart-menu > summary')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('.chart-menu').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const role = await page.locator('.chart-menu > summary').evaluate((s) => s.getAttribute('role') ?? s.localName);
    expect(role).toBe('summary');
    await page.locator('.chart-cite > summary').click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.chart-controls a, .chart-menu summary, .chart-menu a, .chart-cite summary, .chart-table summary')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ text: el.textContent!.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 24 || r.width < 24)
        .map(({ text, r }) => `${text}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await done();
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('chart pages: one heading per title', () => {
  it('no heading text repeats on a chart page', () => {
    for (const p of chartPages) {
      const html = readFileSync(p.file, 'utf8');
      const heads = [...html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
      expect(heads.filter((h, i) => heads.indexOf(h) !== i), p.route).toEqual([]);
      expect(heads.filter((h) => h).length, p.route).toBeGreaterThan(0);
      expect((html.match(/<h1\b/g) ?? []).length, p.route).toBe(1);
    }
  });
});

/**
 * The layout shift of a page, with a PerformanceObserver('layout-shift'), from load until it has
 * been still for a moment. The site header's theme button (src/components/ThemeToggle.astro, shown
 * by its own script) is taken out of the page first: that shift is the layout's, measured in the
 * layout's tests; what is left is the charts', their controls', menu's and embeds'.
 */
async function layoutShift(route: string, device: Device): Promise<{ cls: number; shifts: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: device.width, height: device.height }, hasTouch: !!device.touch, isMobile: !!device.touch, bypassCSP: true });
  const page = await context.newPage();
  await page.route(/\/(\?.*)?$/, async (r) => {
    const res = await r.fetch();
    const body = (await res.text()).replace('</head>', '<style>[data-theme-toggle]{display:none!important}</style></head>');
    await r.fulfill({ response: res, body });
  });
  await openSettled(page, site.origin + route);
  const result = await page.evaluate(
    () =>
      new Promise<{ cls: number; shifts: string[] }>((resolve) => {
        let cls = 0;
        const shifts: string[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
            if (e.hadRecentInput) continue;
            cls += e.value;
            const nodes = (e.sources ?? []).map((x) => x.node).filter((n): n is Node => !!n);
            shifts.push(`${e.value.toFixed(4)}: ${nodes.map((n) => (n instanceof Element ? `${n.localName}.${n.getAttribute('class') ?? ''}` : n.nodeName)).join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ cls, shifts }), 1500);
      }),
  );
  await context.close();
  return result;
}

describe("no layout shift from the charts' script (PerformanceObserver 'layout-shift')", () => {
  const withState = (p: SitePage) => `${p.route}?perpetrator=${/data-filter-values="([a-z-]+)/.exec(readFileSync(p.file, 'utf8'))![1]}`;
  const targets = [
    ...chartPages.filter((p) => /class="chart-switch/.test(readFileSync(p.file, 'utf8'))).slice(0, 1).map((p) => p.route),
    ...withQueryFilter.filter((p) => p.route.startsWith('/charts/')).slice(0, 1).map(withState),
    ...embeds.filter((p) => /data-filter-param="/.test(readFileSync(p.file, 'utf8'))).slice(0, 1).map(withState),
    ...embeds.slice(0, 1).map((p) => p.route),
  ];
  const embedWithFilterForCls = embeds.some((p) => /data-filter-param="/.test(readFileSync(p.file, 'utf8')));

  it('has a chart page with controls and an embed to measure (and, when the content has one, a chart and an embed with a filter in the address)', () => {
    expect(targets.length).toBeGreaterThanOrEqual(2);
    expect(targets.length).toBe(2 + (withQueryFilter.some((p) => p.route.startsWith('/charts/')) ? 1 : 0) + (embedWithFilterForCls ? 1 : 0));
  });

  it.each(targets.flatMap((r) => [[r, 375], [r, 1280]] as const))('%s at %i px: CLS 0', async (route, width) => {
    const { cls, shifts } = await layoutShift(route, width === 375 ? PHONE : DESKTOP);
    expect(shifts).toEqual([]);
    expect(cls).toBe(0);
  }, 60_000);
});
