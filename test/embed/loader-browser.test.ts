import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/registry.ts';
import { siteData } from '../../src/data/site-data.ts';
import { embedPath, LOADER_PATH } from '../../src/embed/contract.ts';
import { HEIGHT_MESSAGE_TYPE, PROTOCOL_VERSION } from '../../src/embed/protocol.ts';
import { loaderSnippet } from '../../src/embed/snippet.ts';
import { launchChromium } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_BASE } from '../helpers/site-url.ts';

/**
 * A journalist's page on another origin (another port on 127.0.0.1) embeds a chart with the real
 * snippet and loader from the built site; the iframe's height must follow the embed's content as
 * the page's width changes, and a forged message must not move it.
 */
const dist = distDir();
const chartId = chartSpecs(siteData)[0]!.id;
let site: StaticServer;
let host: Server;
let hostOrigin: string;
let browser: Browser;

function hostPage(siteOrigin: string): string {
  const root = siteOrigin + SITE_BASE.replace(/\/$/, '');
  const snippet = loaderSnippet({ src: root + embedPath(chartId), loaderSrc: root + LOADER_PATH, title: 'Embedded chart', width: null });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
<style>body{margin:0;font:16px serif} main{margin:0 auto;padding:0 8px;max-width:1000px}</style></head>
<body><main><h1>A story about Mali</h1><p>Before the chart.</p>${snippet}<p>After the chart.</p></main></body></html>`;
}

beforeAll(async () => {
  site = await serveStatic(dist);
  host = createServer((req, res) => {
    if (req.url === '/' || req.url === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage(site.origin));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
});

/** The iframe's height on the host page and the embed document's own height. */
async function heights(page: Page): Promise<{ frame: number; content: number }> {
  const handle = await page.$('iframe[data-mali-harm-embed]');
  const frame = (await handle!.contentFrame())!;
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  return { frame: outer, content };
}

async function settled(page: Page): Promise<{ frame: number; content: number }> {
  let h = await heights(page);
  await expect.poll(async () => {
    h = await heights(page);
    return Math.abs(h.frame - h.content);
  }, { timeout: 10_000, interval: 100 }).toBeLessThanOrEqual(3);
  return h;
}

describe('the loader on a page from another origin', () => {
  it('fits the iframe to its content, follows width changes, and ignores forged messages', async () => {
    expect(new URL(hostOrigin).port).not.toBe(new URL(site.origin).port);
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hostOrigin}/story.html`, { waitUntil: 'load' });
    const initial = await page.evaluate(() => Number(document.querySelector('iframe')!.getAttribute('height')));

    const wide = await settled(page);
    expect(wide.frame).not.toBe(initial);

    // Narrower column: the chart scales down while the takeaway wraps onto more lines; whichever
    // wins (that depends on the data's words), the frame follows the content's new height.
    await page.setViewportSize({ width: 700, height: 900 });
    const medium = await settled(page);

    // Phone width: the narrow drawing and more lines of text; the frame follows again. Across the
    // three widths the content's height changes (settled() proved the frame followed each time).
    await page.setViewportSize({ width: 340, height: 900 });
    const narrow = await settled(page);
    const frames = [wide.frame, medium.frame, narrow.frame];
    expect(Math.max(...frames) - Math.min(...frames)).toBeGreaterThan(5);
    expect(narrow.frame).not.toBe(wide.frame);

    // Forged by the host page itself: right shape, wrong source (and the host's own origin).
    await page.evaluate(
      ([type, version]) => window.postMessage({ type, version, height: 3000 }, '*'),
      [HEIGHT_MESSAGE_TYPE, PROTOCOL_VERSION] as const,
    );
    // Forged with the iframe as the message's source is impossible from the host; a frame of the
    // host's origin posting to its parent is the next best attack.
    await page.evaluate(
      ([type, version]) => {
        const f = document.createElement('iframe');
        f.setAttribute('data-mali-harm-embed', '');
        f.srcdoc = '';
        document.body.append(f);
        f.contentWindow!.parent.postMessage({ type, version, height: 2500 }, '*');
      },
      [HEIGHT_MESSAGE_TYPE, PROTOCOL_VERSION] as const,
    );
    await page.waitForTimeout(500);
    const after = await heights(page);
    expect(after.frame).toBe(narrow.frame);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the “Embed this chart” box', () => {
  it('rebuilds both snippets from the chosen theme and width', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}${SITE_BASE}charts/${chartId}/`, { waitUntil: 'load' });
    await page.selectOption('[data-embed-option="theme"]', 'dark');
    await page.selectOption('[data-embed-option="width"]', '600');
    const [loader, fixed] = await page.$$eval('[data-embed-snippet]', (els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(loader).toContain(`${embedPath(chartId)}?theme=dark&amp;width=600"`);
    expect(loader).toContain('max-width:600px');
    expect(fixed).toContain('?theme=dark&amp;width=600"');
    expect(fixed).not.toContain('<script');
    expect(await page.isVisible('[data-embed-copy]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
