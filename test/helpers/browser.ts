import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './serve.ts';

/** Debian's Chromium (installed by .ci/run); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (.ci/run does it).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves a built site on 127.0.0.1 and starts Chromium for one test file, closing both after it.
 * Read `site.browser` and `site.origin` inside tests (they exist once beforeAll has run).
 */
export function openSite(dist: string): { readonly browser: Browser; readonly origin: string } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not started yet: use it inside a test');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('the site is not served yet: use it inside a test');
      return server.origin;
    },
  };
}
