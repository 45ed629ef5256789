import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { ROOT } from '../helpers/dist.ts';
import { SMALL } from './helpers.ts';

/**
 * The real CasualtySvg component, rendered through Astro's Vite config, compared with a committed
 * SVG. The expected file is only ever written by hand: `UPDATE_CHART_FIXTURE=1 npm run
 * test:vitest -- test/charts/svg-fixture.test.ts`, then review the diff.
 */
const EXPECTED = path.join(import.meta.dirname, 'fixtures/casualties-small.svg');

/** Numbers to one decimal, Astro's attributes dropped, one element per line. */
export function normaliseSvg(html: string): string {
  const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>') + 6);
  return (
    svg
      .replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, '')
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/>\s*</g, '>\n<')
      .trim() + '\n'
  );
}

let server: ViteDevServer;
beforeAll(async () => {
  const config = await (getViteConfig({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    cacheDir: path.join(os.tmpdir(), 'charts-svg-fixture-vite'),
  }) as (env: { command: 'serve'; mode: string }) => Promise<Record<string, unknown>>)({ command: 'serve', mode: 'test' });
  server = await createServer({ ...config, configFile: false, root: ROOT });
}, 60_000);
afterAll(async () => {
  await server?.close().catch(() => undefined);
});

describe('casualties SVG', () => {
  it('matches the committed fixture for a small input', async () => {
    const { renderCasualtySvg } = (await server.ssrLoadModule('/test/charts/render-astro.ts')) as {
      renderCasualtySvg: (p: Record<string, unknown>) => Promise<string>;
    };
    const g = casualtyGeometry(casualtyRows(SMALL, { measure: 'killed', category: null }), { layout: 'wide', base: '/' });
    const html = await renderCasualtySvg({ g, uid: 'fx', title: 'Civilians killed', desc: 'A small test chart.', layout: 'wide' });
    const actual = normaliseSvg(html);
    // Self-contained: namespace, size and viewBox on the root, no CSS variables needed to render.
    expect(actual).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="720" height="380" viewBox="0 0 720 380"/);
    expect(actual).not.toContain('var(');
    if (process.env.UPDATE_CHART_FIXTURE === '1') writeFileSync(EXPECTED, actual);
    expect(existsSync(EXPECTED), `missing ${EXPECTED}: create it by hand (see the comment above)`).toBe(true);
    expect(actual).toBe(readFileSync(EXPECTED, 'utf8'));
  }, 60_000);
});
