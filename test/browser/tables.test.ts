import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';

/**
 * The record pages' tables on the narrowest phone (issue 14, item 3): every table sits in its own
 * named, focusable region; a table wider than the screen scrolls inside that region (never the
 * page); no cell's content is clipped; card tables (.stack-table) fit without scrolling at all.
 * Also the list controls' tap targets, and the incident list's sort with and without JavaScript.
 */
const dist = distDir();
/** The page types engineer H2 owns: record pages, their lists, and the data page. */
const OWNED = /^\/(incidents|actors|articles|places|quarters|data)\//;
const pages = onePerType(sitePages(dist)).filter((p) => OWNED.test(p.route));
const site = openSite(dist);
const WIDTH = 320;

describe(`record tables at ${WIDTH} px`, () => {
  it('covers every owned page type, including the paged incident lists', () => {
    const types = pages.map((p) => p.type);
    for (const t of ['/incidents/', '/incidents/*', '/actors/*', '/articles/*', '/quarters/*', '/data/']) expect(types).toContain(t);
  });

  it.each(pages.map((p) => [p.type, p.route]))('%s (%s): tables fit or scroll in a named region, nothing clipped', async (_type, route) => {
    const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 700 } });
    const page = await context.newPage();
    await page.goto(site.origin + route, { waitUntil: 'load' });
    const faults = await page.evaluate(() => {
      const out: string[] = [];
      const name = (t: Element) => (t.querySelector('caption')?.textContent ?? t.outerHTML.slice(0, 60)).trim().slice(0, 60);
      // Chart data tables (details.chart-table) belong to the chart frame (engineer C2) and are
      // checked with the charts; the page-wide check below still catches any that push the page.
      for (const table of [...document.querySelectorAll('main table')].filter((t) => !t.closest('.chart-table'))) {
        const wrap = table.closest('.table-wrap') as HTMLElement | null;
        if (!wrap) {
          out.push(`${name(table)}: not in a .table-wrap`);
          continue;
        }
        // A <section> with a name is a region landmark; tabindex lets a keyboard scroll it.
        if ((wrap.tagName !== 'SECTION' && wrap.getAttribute('role') !== 'region') || wrap.tabIndex !== 0 || !(wrap.getAttribute('aria-label') ?? '').trim())
          out.push(`${name(table)}: its container is not a focusable region with a name`);
        const tableWidth = table.getBoundingClientRect().width;
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(wrap).overflowX);
        if (tableWidth > wrap.clientWidth + 1 && !scrolls) out.push(`${name(table)}: ${tableWidth}px wide in a ${wrap.clientWidth}px container that does not scroll`);
        if (table.classList.contains('stack-table') && tableWidth > wrap.clientWidth + 1) out.push(`${name(table)}: a card table ${tableWidth}px wide in ${wrap.clientWidth}px`);
        const wrapBox = wrap.getBoundingClientRect();
        for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
          // A header row hidden for sight (kept for screen readers, on card tables) is not shown to clip.
          const head = cell.closest('thead');
          if (getComputedStyle(cell).display === 'none' || (head && getComputedStyle(head).position === 'absolute')) continue;
          if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${name(table)}: cell “${cell.textContent!.trim().slice(0, 40)}” overflows its box by ${cell.scrollWidth - cell.clientWidth}px`);
          // In a table that does not scroll, every cell must lie inside the container.
          if (!scrolls || wrap.scrollWidth <= wrap.clientWidth) {
            const r = cell.getBoundingClientRect();
            if (r.width > 0 && r.right > wrapBox.right + 1) out.push(`${name(table)}: cell “${cell.textContent!.trim().slice(0, 40)}” ends ${Math.round(r.right - wrapBox.right)}px past its container`);
          }
        }
      }
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth) out.push(`the page scrolls sideways by ${page.scrollWidth - page.clientWidth}px`);
      for (const el of document.querySelectorAll<HTMLElement>('.pager a, .filter-links a, .sort-button')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.width < 24 || r.height < 24)) out.push(`tap target “${el.textContent!.trim()}” is ${Math.round(r.width)}×${Math.round(r.height)}px`);
      }
      return out;
    });
    await context.close();
    expect(faults, route).toEqual([]);
  }, 60_000);
});

describe('the incident list', () => {
  const rowsOf = () => [...document.querySelectorAll<HTMLTableRowElement>('table.incident-table tbody tr')].map((tr) => ({ date: tr.dataset.date!, toll: Number(tr.dataset.toll), place: tr.dataset.place! }));

  it('without JavaScript: every row, newest first', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/incidents/`, { waitUntil: 'load' });
    const rows = await page.evaluate(rowsOf);
    await context.close();
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.date >= rows[i]!.date, `${rows[i - 1]!.date} before ${rows[i]!.date}`).toBe(true);
  });

  it('with JavaScript: the headers sort the rows by toll and by place, and say so', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/incidents/`, { waitUntil: 'load' });
    const before = await page.evaluate(rowsOf);
    await page.getByRole('button', { name: 'Civilians harmed, as claimed' }).click();
    const byToll = await page.evaluate(rowsOf);
    expect(byToll.map((r) => r.toll)).toEqual([...before.map((r) => r.toll)].sort((a, b) => b - a));
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Civilians harmed');
    await page.getByRole('button', { name: 'Place' }).click();
    const byPlace = await page.evaluate(rowsOf);
    expect(byPlace.map((r) => r.place)).toEqual([...before.map((r) => r.place)].sort((a, b) => a.localeCompare(b)));
    expect(byPlace.length).toBe(before.length);
    await context.close();
  });
});

describe(`the incident list's sort on a phone (${WIDTH} px), where the header row is hidden`, () => {
  const rowsOf = () => [...document.querySelectorAll<HTMLTableRowElement>('table.incident-table tbody tr')].map((tr) => ({ date: tr.dataset.date!, toll: Number(tr.dataset.toll), place: tr.dataset.place!, named: tr.dataset.named!, status: Number(tr.dataset.status) }));

  it('offers every order of the headers in a visible, labelled select that sorts and says so', async () => {
    const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/incidents/`, { waitUntil: 'load' });
    const before = await page.evaluate(rowsOf);
    const select = page.getByLabel('Sort by');
    expect(await select.isVisible()).toBe(true);
    const box = (await select.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    expect(await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.textContent))).toEqual([
      'Date, newest first', 'Date, oldest first', 'Place, A to Z', 'Place, Z to A', 'Held responsible, A to Z', 'Held responsible, Z to A',
      'Civilians harmed, largest first', 'Civilians harmed, smallest first', 'Status, denied first', 'Status, reported first',
    ]);
    // It starts on the built order, which the hidden header also states.
    expect(await select.inputValue()).toBe('date descending');
    expect(await page.locator('th[aria-sort="descending"]').getAttribute('data-sort-key')).toBe('date');

    await select.selectOption({ label: 'Civilians harmed, smallest first' });
    const byToll = await page.evaluate(rowsOf);
    expect(byToll.map((r) => r.toll)).toEqual([...before.map((r) => r.toll)].sort((a, b) => a - b));
    expect(await page.locator('th[aria-sort]').evaluateAll((ths) => ths.map((th) => [th.getAttribute('data-sort-key'), th.getAttribute('aria-sort')]))).toEqual([['toll', 'ascending']]);
    expect(await page.getByRole('status').filter({ hasText: 'Rows sorted' }).textContent()).toBe('Rows sorted by civilians harmed, smallest first.');

    await select.selectOption({ label: 'Place, Z to A' });
    expect((await page.evaluate(rowsOf)).map((r) => r.place)).toEqual([...before.map((r) => r.place)].sort((a, b) => b.localeCompare(a)));
    await select.selectOption({ label: 'Status, denied first' });
    const byStatus = (await page.evaluate(rowsOf)).map((r) => r.status);
    expect(byStatus).toEqual([...byStatus].sort((a, b) => b - a));
    expect(byStatus.length).toBe(before.length);
    await context.close();
  });

  it('without JavaScript shows no control that does nothing, and keeps the rows newest first', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTH, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/incidents/`, { waitUntil: 'load' });
    // The phone select is built with the table (so nothing is inserted after first paint), and
    // shown only on a scripted page: without JavaScript none is visible, and no sort button exists.
    const visible = await page.locator('main select, main .sort-control, main button.sort-button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
    expect(visible).toBe(0);
    expect(await page.locator('main button.sort-button').count()).toBe(0);
    const rows = await page.evaluate(rowsOf);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.date >= rows[i]!.date).toBe(true);
    await context.close();
  });

  it('on a wide screen leaves sorting to the header buttons, and keeps the select in step with them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/incidents/`, { waitUntil: 'load' });
    expect(await page.locator('.sort-control').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Place' }).click();
    expect(await page.locator('.sort-control select').inputValue()).toBe('place ascending');
    await context.close();
  });
});

/**
 * A table that scrolls sideways says so (issue 14): the edge with more table beyond it carries a
 * shadow (tables.css, CSS only), gone once that end is reached; a table that fits has none. Read
 * from the pixels, with the table's text and rules made transparent so only the cue is left (an
 * injected style sheet, so these contexts bypass the site's Content-Security-Policy).
 */
describe(`the scroll cue on a table wider than a ${WIDTH} px phone`, () => {
  /** How much darker than the page each edge's strip (6 px wide) of a table's container is, 0–255. */
  async function edgeShade(page: import('playwright-core').Page, selector: string): Promise<{ left: number; right: number }> {
    const wrap = page.locator(selector).first();
    const box = (await wrap.boundingBox())!;
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 400) } });
    return page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const lum = (x0: number) => {
        const d = ctx.getImageData(x0, 0, 6, bitmap.height).data;
        let sum = 0;
        for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
        return sum / (d.length / 4);
      };
      const paper = lum(Math.floor(bitmap.width / 2) - 3);
      return { left: paper - lum(0), right: paper - lum(bitmap.width - 6) };
    }, png.toString('base64'));
  }

  for (const scheme of ['light', 'dark'] as const)
    it(`/data/'s file table (${scheme}): a shadow on the side with more to see, none at an end reached`, async () => {
      const context = await site.browser.newContext({ viewport: { width: WIDTH, height: 900 }, colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.origin}/data/`, { waitUntil: 'load' });
      await page.addStyleTag({ content: '.table-wrap, .table-wrap * { color: transparent !important; border-color: transparent !important; text-decoration: none !important; }' });
      const wrap = '.table-wrap:has(a[href$=".csv"])';
      const sizes = await page.locator(wrap).first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      // The table is wider than the phone: it scrolls (if it ever fits, pick another table here).
      expect(sizes.scroll).toBeGreaterThan(sizes.client + 20);
      // The page's own colour in the middle of the strip is the reference; "dark" is either way.
      const atStart = await edgeShade(page, wrap);
      expect(Math.abs(atStart.left)).toBeLessThan(2);
      expect(Math.abs(atStart.right)).toBeGreaterThan(8);
      await page.locator(wrap).first().evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const atEnd = await edgeShade(page, wrap);
      expect(Math.abs(atEnd.left)).toBeGreaterThan(8);
      expect(Math.abs(atEnd.right)).toBeLessThan(2);
      await context.close();
    });

  it('a table that fits shows no shadow', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/data/`, { waitUntil: 'load' });
    await page.addStyleTag({ content: '.table-wrap, .table-wrap * { color: transparent !important; border-color: transparent !important; text-decoration: none !important; }' });
    const wrap = '.table-wrap:has(a[href$=".csv"])';
    expect(await page.locator(wrap).first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const shade = await edgeShade(page, wrap);
    expect(Math.abs(shade.left)).toBeLessThan(2);
    expect(Math.abs(shade.right)).toBeLessThan(2);
    await context.close();
  });
});
