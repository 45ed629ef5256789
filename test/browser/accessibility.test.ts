import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { distDir, ROOT } from '../helpers/dist.ts';
import { onePerType, sitePages } from '../helpers/site-pages.ts';
import { openSettled } from '../helpers/settle.ts';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const dist = distDir();
const pages = onePerType(sitePages(dist));
const site = openSite(dist);


type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    // @ts-expect-error axe is the script just added
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/**
 * The theme states a reader can be in: the system's light or dark preference, and the site's own
 * toggle (it sets data-theme on <html>) turned to dark against a light system. (Toggled back to
 * light on a dark system is left out to keep the run short: it uses the light palette tested
 * first.)
 */
const STATES = [
  { name: 'light', scheme: 'light', toggle: false },
  { name: 'dark', scheme: 'dark', toggle: false },
  { name: 'light system, toggled dark', scheme: 'light', toggle: true },
] as const;

describe('axe-core finds no violation', () => {
  it.each(pages.map((p) => [p.type, p.route]))('%s (%s), every theme', async (_type, route) => {
    const found: string[] = [];
    for (const state of STATES) {
      // bypassCSP only so axe's script tag can be injected: the site's policy rightly refuses it.
      // The CSP itself is proved in pages.test.ts and the build checks, with bypassCSP off.
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme: state.scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await openSettled(page, site.origin + route);
      if (state.toggle) {
        const toggle = page.locator('[data-theme-toggle]').first();
        if ((await toggle.count()) === 0) {
          await context.close();
          continue;
        }
        await toggle.click();
        const want = state.scheme === 'light' ? 'dark' : 'light';
        expect(await page.evaluate(() => document.documentElement.dataset.theme), `${route}: the toggle sets data-theme`).toBe(want);
      }
      for (const v of await axeViolations(page)) found.push(`[${state.name}] ${v}`);
      await context.close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});
