import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/data/site-data.ts';
import { TABLES } from '../../src/datasets/tables.ts';
import { formatDay } from '../../src/format/date.ts';
import { SITE_CSP } from '../helpers/csp.ts';
import { htmlFiles, routeOf } from '../helpers/site-pages.ts';
import { fileFor, internalTarget, sitePathOf } from '../helpers/site-url.ts';
import { dist, fileOf, links, page, text } from './dom.ts';
import { CSP } from '../../src/lib/csp.ts';

const routes = htmlFiles(dist)
  .map((f) => routeOf(dist, f))
  .filter((r) => !r.startsWith('/embed/') && !r.startsWith('/pagefind/'));

describe('every page', () => {
  it('the layout carries the policy the tests enforce', () => expect(CSP).toBe(SITE_CSP));

  it.each(routes.map((r) => [r]))('%s: lang, one h1, landmarks, skip link, meta, footer date', (route) => {
    const doc = page(route);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('h1').length).toBe(1);
    for (const sel of ['header', 'nav', 'main#main', 'footer']) expect(doc.querySelector(sel), sel).not.toBeNull();
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    for (const p of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type']) {
      expect(doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content'), p).toBeTruthy();
    }
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(text(doc.querySelector('footer'))).toContain(formatDay(siteData.updated));
    expect(doc.querySelector('title')!.textContent!.length).toBeLessThanOrEqual(70);
  });

  it.each(routes.map((r) => [r]))('%s: every internal link resolves to a built file', (route) => {
    const from = sitePathOf(dist, fileOf(route));
    const doc = page(route);
    const broken = [...doc.querySelectorAll('a[href], link[href], script[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter((v) => !v.startsWith('#'))
      .filter((v) => {
        const t = internalTarget(v, from);
        return t !== null && fileFor(dist, t.pathname) === null;
      });
    expect(broken).toEqual([]);
  });
});

describe('home page', () => {
  it('headline figures, the main chart slot and the latest articles', () => {
    const doc = page('/');
    expect(doc.querySelectorAll('.headline').length).toBeGreaterThan(0);
    const latest = [...siteData.articles].sort((a, b) => (b.updated ?? b.added).localeCompare(a.updated ?? a.added) || a.id.localeCompare(b.id))[0]!;
    expect(links(doc)).toContain(`/articles/${latest.id}/`);
    expect(doc.querySelector('figure.chart svg')).not.toBeNull();
  });
});

describe('data page', () => {
  const doc = page('/data/');
  it('links every download', () => {
    const hrefs = links(doc);
    for (const t of TABLES) {
      expect(hrefs).toContain(`/data/${t.name}.csv`);
      expect(hrefs).toContain(`/data/${t.name}.json`);
    }
    expect(hrefs).toContain('/data/datapackage.json');
  });
  it('documents every column of every table', () => {
    for (const t of TABLES) {
      const section = doc.getElementById(`table-${t.name}`)!.closest('section')!;
      const names = [...section.querySelectorAll('tbody th code')].map((c) => c.textContent);
      expect(names).toEqual(Object.keys(t.row.shape));
    }
  });
  it('carries schema.org Dataset markup with the licence', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.distribution.length).toBe(TABLES.length * 2 + 1);
  });
});

describe('feeds', () => {
  it('the RSS feed lists every article', () => {
    const xml = new DOMParser().parseFromString(readFileSync(path.join(dist, 'rss.xml'), 'utf8'), 'text/xml');
    const items = [...xml.querySelectorAll('item')];
    expect(items.length).toBe(siteData.articles.length);
    const itemLinks = items.map((i) => i.querySelector('link')!.textContent!);
    for (const a of siteData.articles) expect(itemLinks.some((l) => l.endsWith(`/articles/${a.id}/`))).toBe(true);
  });
  it('the sitemap lists every page', () => {
    const xml = new DOMParser().parseFromString(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8'), 'text/xml');
    const locs = [...xml.querySelectorAll('loc')].map((l) => new URL(l.textContent!).pathname);
    for (const r of ['/', '/methodology/', '/data/', '/timeline/', ...siteData.incidents.map((i) => `/incidents/${i.id}/`), ...siteData.articles.map((a) => `/articles/${a.id}/`), ...siteData.actors.map((a) => `/actors/${a.id}/`)]) {
      expect(locs.some((l) => l.endsWith(r)), r).toBe(true);
    }
  });
  it('the search index was built next to the pages', () => {
    expect(() => readFileSync(path.join(dist, 'pagefind/pagefind.js'))).not.toThrow();
  });
});
