import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/dist.ts';
import { pageSecurityProblems } from '../helpers/html-security.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { htmlFiles, routeOf } from '../helpers/site-pages.ts';
import { buildSiteCopy, removeSite } from '../helpers/temp-site.ts';
import { openSettled } from '../helpers/settle.ts';

/**
 * The whole site built from test/fixtures/unsafe: one article whose body and every text field are
 * script payloads (each would set window.__pwned or open a dialog). It is built in a private copy
 * of the project (temp-site.ts), because pages read src/generated at a fixed path and dist/ must
 * stay the real site's. Every page of that build is loaded twice: with the CSP bypassed, which
 * proves the sanitiser alone stops each payload, and with it enforced, as readers get it.
 */
const FIXTURE = path.join(ROOT, 'test/fixtures/unsafe/content');
const MARKER = 'UNSAFE-FIXTURE-END';
let root: string;
let server: StaticServer;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  root = await buildSiteCopy(FIXTURE, { prefix: 'unsafe-site-' });
  dist = path.join(root, 'dist');
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeSite(root);
});

describe('an article full of script payloads runs nothing', () => {
  it('the article page is built and shows the payloads as text', () => {
    const withArticle = htmlFiles(dist).filter((f) => readFileSync(f, 'utf8').includes(MARKER));
    expect(withArticle.map((f) => routeOf(dist, f)), 'pages showing the fixture article body').not.toEqual([]);
  });

  it('no built page carries a handler, a script: or data: URL, or inline script', () => {
    const problems = htmlFiles(dist).flatMap((f) => pageSecurityProblems(readFileSync(f, 'utf8'), routeOf(dist, f)).map((p) => `${routeOf(dist, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('no script runs in the browser on any page, with or without the CSP', async () => {
    const ran: string[] = [];
    const bodiesSeen: string[] = [];
    for (const bypassCSP of [true, false]) {
      const context = await browser.newContext({ bypassCSP });
      // Only pages that carry the fixture's words can carry its payloads.
      for (const file of htmlFiles(dist).filter((f) => readFileSync(f, 'utf8').includes('__pwned'))) {
        const route = routeOf(dist, file);
        const label = `${route}${bypassCSP ? ' (CSP bypassed)' : ''}`;
        const page = await context.newPage();
        page.on('dialog', (d) => {
          ran.push(`${label}: dialog "${d.message()}"`);
          void d.dismiss();
        });
        page.on('pageerror', (e) => ran.push(`${label}: uncaught ${e.message}`));
        page.on('console', (m) => {
          if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) ran.push(`${label}: CSP refused something: ${m.text()}`);
        });
        await openSettled(page, server.origin + route);
        // Give handlers their chance: hover and focus everything a payload could hang on.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('body *')) {
            for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error']) el.dispatchEvent(new Event(type));
          }
        });
        const found = await page.evaluate((marker) => {
          const out: string[] = [];
          const w = window as unknown as { __pwned?: unknown };
          if (w.__pwned !== undefined) out.push(`window.__pwned = ${String(w.__pwned)}`);
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
              if (/^\s*(javascript|vbscript|data):/i.test(a.value)) out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
            }
          }
          // The article body (the block around the fixture's last line) holds only what Markdown
          // makes: none of the payloads' elements. (Elsewhere the site has its own iframes and
          // <base target>, which are not the article's.)
          const end = [...document.querySelectorAll('p')].find((p) => p.textContent?.trim() === marker);
          const body = end?.parentElement;
          if (body) out.push('(article body found)');
          if (body) for (const el of body.querySelectorAll('script, iframe, object, embed, base, meta, link, style, svg, math, img, form, input, details')) out.push(`article body has <${el.localName}>`);
          return out;
        }, MARKER);
        if (found.includes('(article body found)')) bodiesSeen.push(label);
        ran.push(...found.filter((f) => f !== '(article body found)').map((f) => `${label}: ${f}`));
        await page.close();
      }
      await context.close();
    }
    expect(ran).toEqual([]);
    // The body check above looked at the article at least once in each mode.
    expect(bodiesSeen.filter((l) => l.endsWith('(CSP bypassed)')).length).toBeGreaterThan(0);
    expect(bodiesSeen.filter((l) => !l.endsWith('(CSP bypassed)')).length).toBeGreaterThan(0);
  }, 300_000);
});
