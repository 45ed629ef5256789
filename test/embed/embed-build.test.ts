import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartModel, chartSpecs } from '../../src/charts/registry.ts';
import { chartCsv } from '../../src/charts/model.ts';
import { siteData } from '../../src/data/site-data.ts';
import { currentEmbedPath, embedPath } from '../../src/embed/contract.ts';
import { distDir, ROOT } from '../helpers/dist.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { fileFor, internalTarget, SITE_BASE, SITE_ORIGIN } from '../helpers/site-url.ts';

/** Build tests of every embed route: no site chrome, credit link, inline SVG, light and self-contained. */
const dist = distDir();
const specs = chartSpecs(siteData);
const ids = specs.map((s) => s.id);
const abs = (p: string) => SITE_ORIGIN + SITE_BASE.replace(/\/$/, '') + p;
const fileOf = (p: string) => fileFor(dist, SITE_BASE.replace(/\/$/, '') + p);
const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

describe('embed routes', () => {
  it('the registry has charts, and dist has exactly one v1 embed per chart', () => {
    expect(ids.length).toBeGreaterThan(0);
    const built = readdirSync(path.join(dist, 'embed/v1'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(built.sort()).toEqual([...ids].sort());
  });

  describe.each(ids)('%s', (id) => {
    for (const route of [embedPath(id), currentEmbedPath(id)]) {
      it(`${route}: chart, title, takeaway, credit, date; no site chrome`, () => {
        const file = fileOf(route);
        expect(file, route).not.toBeNull();
        const d = doc(file!);
        expect(d.querySelector('.site-header, .site-footer, nav, .skip-link')).toBeNull();
        expect(d.querySelector('h1')!.textContent!.trim().length).toBeGreaterThan(0);
        expect(d.querySelector('.embed-takeaway')!.textContent!.trim().length).toBeGreaterThan(0);
        const svg = d.querySelector('.embed-chart svg');
        expect(svg).not.toBeNull();
        expect(svg!.querySelectorAll('*').length).toBeGreaterThan(3);
        const credit = d.querySelector('a[data-embed-credit]')!;
        expect(credit.getAttribute('href')).toBe(abs(`/charts/${id}/`));
        expect(d.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(abs(`/charts/${id}/`));
        // The canonical link folds the embed into its chart page; a noindex beside it would contradict it.
        expect(d.querySelector('meta[name=robots]')).toBeNull();
        expect(d.querySelector('meta[name=description]')!.getAttribute('content')).toBe(d.querySelector('.embed-takeaway')!.textContent!.trim());
        expect(d.querySelector('.embed-foot time')!.getAttribute('datetime')).toBe(siteData.updated);
        expect(d.querySelector('.embed-foot')!.textContent).toMatch(/Source:/);
      });
    }

    it('loads nothing from another origin, sets no cookie, stores nothing, and weighs ≤ 30 KB compressed', () => {
      const file = fileOf(embedPath(id))!;
      const d = doc(file);
      for (const el of d.querySelectorAll('[src], link[href]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (el.localName === 'link' && el.getAttribute('rel') === 'canonical') continue;
        expect(internalTarget(ref, embedPath(id)), ref).not.toBeNull();
      }
      const weight = pageWeight(dist, file);
      for (const f of weight.files.filter((x) => x.kind === 'js' || x.kind === 'html')) {
        const text = readFileSync(path.resolve(dist, f.file), 'utf8');
        expect(text, f.file).not.toMatch(/document\.cookie|localStorage|sessionStorage|indexedDB/);
      }
      expect(weight.total).toBeLessThanOrEqual(30 * 1024);
    });
  });

  it('the embed script sends only the height message and reads nothing from the parent', () => {
    const d = doc(fileOf(embedPath(ids[0]!))!);
    const scripts = [...d.querySelectorAll('script')];
    expect(scripts.every((s) => s.getAttribute('src'))).toBe(true);
    const js = scripts.map((s) => readFileSync(fileFor(dist, new URL(s.getAttribute('src')!, SITE_ORIGIN + SITE_BASE).pathname)!, 'utf8')).join('\n');
    expect(js.match(/postMessage\(/g)?.length).toBe(1);
    expect(js).not.toMatch(/parent\.(document|location|frames)|top\.|addEventListener\(["']message/);
  });

  it('the loader is served at its fixed address, byte for byte the committed file', () => {
    expect(readFileSync(path.join(dist, 'embed/v1/loader.js'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'public/embed/v1/loader.js'), 'utf8'));
  });
});

describe('oEmbed', () => {
  it.each(ids)('%s: a rich oEmbed 1.0 response whose iframe is the chart’s embed', (id) => {
    const file = fileOf(`/oembed/${id}.json`);
    expect(file).not.toBeNull();
    const o = JSON.parse(readFileSync(file!, 'utf8'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', author_url: abs(`/charts/${id}/`) });
    expect(o.width).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);
    const iframe = parseHTML(`<html><body>${o.html}</body></html>`).document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(abs(embedPath(id)));
    expect(fileOf(new URL(o.thumbnail_url).pathname.slice(SITE_BASE.length - 1))).not.toBeNull();
  });
});

describe('downloads', () => {
  const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);
  it.each(ids)('%s: PNG 1200 and 2400 px, SVG with title, source and credit, CSV', (id) => {
    const png = fileOf(`/downloads/${id}.png`)!;
    const png2 = fileOf(`/downloads/${id}-2x.png`)!;
    expect(pngWidth(png)).toBe(1200);
    expect(pngWidth(png2)).toBe(2400);
    const svg = readFileSync(fileOf(`/downloads/${id}.svg`)!, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Source:');
    expect(svg).toContain(abs(`/charts/${id}/`));
    expect(svg).not.toContain('var(--');
    const model = chartModel(siteData, specs.find((s) => s.id === id)!, SITE_BASE);
    expect(readFileSync(fileOf(`/downloads/${id}.csv`)!, 'utf8')).toBe(chartCsv(model));
  });
});

describe('preview and contract pages', () => {
  it('the preview page shows every chart at 320, 600 and 1000 px with the loader', () => {
    const d = doc(fileOf('/embed/preview/')!);
    for (const id of ids) {
      const frames = [...d.querySelectorAll(`#preview-${id} iframe[data-mali-harm-embed]`)];
      expect(frames.map((f) => f.parentElement!.className).sort()).toEqual(
        ['host-column host-column--1000', 'host-column host-column--320', 'host-column host-column--600'],
      );
      expect(frames.every((f) => existsSync(fileOf(new URL(f.getAttribute('src')!, SITE_ORIGIN).pathname.slice(SITE_BASE.length - 1)) ?? ''))).toBe(true);
    }
    expect([...d.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([`${SITE_BASE}embed/v1/loader.js`]);
  });

  it('the /embed/ page documents every chart, the parameters and the versioning policy', () => {
    const d = doc(fileOf('/embed/')!);
    const codes = [...d.querySelectorAll('code')].map((c) => c.textContent);
    for (const id of ids) expect(codes).toContain(id);
    for (const anchor of ['parameters', 'versioning', 'protocol', 'urls']) expect(d.getElementById(anchor)).not.toBeNull();
    expect(codes).toContain('theme');
    expect(codes).toContain('width');
  });
});

describe('chart pages', () => {
  it.each(ids)('/charts/%s/: oEmbed discovery link and the “Embed this chart” box', (id) => {
    const d = doc(fileOf(`/charts/${id}/`)!);
    const link = d.querySelector('head link[rel=alternate][type="application/json+oembed"]')!;
    expect(link.getAttribute('href')).toBe(abs(`/oembed/${id}.json`));
    const box = d.querySelector('[data-embed-this]')!;
    // linkedom leaves a textarea's character references as written; a browser decodes them.
    const decode = (t: string) => t.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    const snippets = [...box.querySelectorAll('textarea')].map((t) => decode(t.textContent!));
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toContain(`src="${abs(embedPath(id))}"`);
    expect(snippets[0]).toContain(`<script src="${abs('/embed/v1/loader.js')}" async></script>`);
    expect(snippets[1]).not.toContain('<script');
    const hrefs = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const suffix of ['.png', '-2x.png', '.svg', '.csv']) expect(hrefs).toContain(`${SITE_BASE}downloads/${id}${suffix}`);
  });
});
