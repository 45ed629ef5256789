import type { Browser } from 'playwright-core';

/**
 * Every layout shift while a slow machine loads a page: Chromium's CPU slowed `rate` times, so the
 * parser pauses often and the page is painted while only partly read, as on a cheap phone. Each
 * shift is given with what moved ("0.021 (tbody., th.)"). Several loads, since where the parser
 * pauses varies from load to load.
 */
export async function slowLoadShifts(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  loads: number,
  rate = 4,
): Promise<string[]> {
  const found: string[] = [];
  for (let load = 1; load <= loads; load++) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      const w = window as unknown as { __moved: string[] };
      w.__moved = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; sources?: { node?: Node | null }[] }[]) {
          const names = (e.sources ?? []).map((x) => (x.node instanceof Element ? `${x.node.tagName.toLowerCase()}.${x.node.className}` : 'text'));
          w.__moved.push(`${e.value.toFixed(4)} (${names.join(', ')})`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'networkidle' });
    const moved = await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved);
    await context.close();
    found.push(...moved.map((m) => `load ${load}: ${m}`));
  }
  return found;
}
