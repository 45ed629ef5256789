import type { Page, Request, Response } from 'playwright-core';

/**
 * Opens `url` (or reloads the page, with `url` null) and waits until the page is whole: its load
 * event (every stylesheet, image and classic script is in), then no request in flight for
 * `quietMs`, so a client script's late fetch is in too.
 *
 * Why not Playwright's `waitUntil: 'networkidle'` alone: it is a timer that starts when the
 * document's own request ends, so a renderer starved of CPU that takes longer than 500 ms to ask
 * for the stylesheets lets it fire first, and once fired it stays fired. That happened in CI at
 * load 13: a page measured with no stylesheet applied (transparent background, 246 px sideways).
 */
export async function openSettled(page: Page, url: string | null, quietMs = 500): Promise<Response | null> {
  const inFlight = new Set<Request>();
  const started = (r: Request) => inFlight.add(r);
  const ended = (r: Request) => inFlight.delete(r);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const response = url === null ? await page.reload({ waitUntil: 'load' }) : await page.goto(url, { waitUntil: 'load' });
    let quietSince = Date.now();
    for (;;) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return response;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
