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
import { coverage } from '../../src/lib/coverage.ts';
import { headlines } from '../../src/lib/headlines.ts';
import { lede } from '../../src/lib/lede.ts';
import { readHistory } from '../../src/lib/changelog.ts';
import { CORRECTIONS_EMAIL, SITE_OWNER } from '../../src/lib/site.ts';
import { ROOT } from '../helpers/dist.ts';

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
  const doc = page('/');
  it('opens with the lede written from the data, then the main chart, then the newest findings and latest articles', () => {
    expect(text(doc.querySelector('p.lede'))).toBe(lede(siteData).join(' '));
    expect(doc.querySelectorAll('.headline').length).toBeGreaterThan(0);
    const latest = [...siteData.articles].sort((a, b) => (b.updated ?? b.added).localeCompare(a.updated ?? a.added) || a.id.localeCompare(b.id))[0]!;
    expect(links(doc)).toContain(`/articles/${latest.id}/`);
    expect(doc.querySelector('figure.chart svg')).not.toBeNull();
  });
  it('shows the newest findings first, each with whose finding it is', () => {
    const numbers = [...doc.querySelectorAll('.headline .number')].map((n) => text(n));
    expect(numbers).toEqual(headlines(siteData).map((h) => h.number));
    const ends = headlines(siteData).map((h) => h.end);
    expect(ends).toEqual([...ends].sort().reverse());
    for (const h of doc.querySelectorAll('.headline')) expect(text(h)).toMatch(/ — \S/);
  });
  it('says what the quarterly series covers and what covers the years after it', () => {
    const note = text(doc.querySelector('.coverage'));
    const c = coverage(siteData);
    if (c.series) expect(note).toContain(`runs from ${c.series.first} to ${c.series.last}`);
    for (const e of c.after) expect(note).toContain(e.title);
    for (const y of c.years) expect(note).toContain(`${y.year}:`);
  });
  it('sends no hidden second chart and caps its lists, so its weight does not follow the archive', () => {
    expect(doc.querySelectorAll('figure.chart').length).toBe(1);
    expect(doc.querySelectorAll('.headline').length).toBeLessThanOrEqual(4);
    expect(doc.querySelectorAll('main .record-list > li').length).toBeLessThanOrEqual(5);
  });
});

describe('trust pages', () => {
  it('About says who runs the site and how to send a correction, from the site settings only', () => {
    const about = page('/about/');
    const who = text(about.getElementById('who')?.nextElementSibling);
    expect(who).toEqual(SITE_OWNER ? `This site is run by ${SITE_OWNER}, who is responsible for what it publishes.` : expect.stringContaining('does not yet name who runs it'));
    const corrections = text(about.getElementById('corrections')?.parentElement);
    expect(corrections).toContain('pull request');
    if (CORRECTIONS_EMAIL) expect(links(about)).toContain(`mailto:${CORRECTIONS_EMAIL}`);
    else expect(links(about).some((h) => h.startsWith('mailto:'))).toBe(false);
    expect(links(about)).toContain('/changelog/');
  });
  it('a 404 page leads back into the site', () => {
    const doc = page('/404.html');
    expect(text(doc.querySelector('h1'))).toBe('Page not found');
    expect(links(doc)).toEqual(expect.arrayContaining(['/', '/search/', '/changelog/']));
  });
  it('the changelog lists the content’s revisions from git, or says the history is missing', () => {
    const doc = page('/changelog/');
    const history = readHistory(ROOT);
    if (!history.available) {
      expect(text(doc.querySelector('main'))).toContain('The revision history cannot be shown');
      return;
    }
    const days = [...doc.querySelectorAll('main h2 time')].map((t) => t.getAttribute('datetime'));
    expect(days).toEqual([...new Set(history.revisions.map((r) => r.date))]);
    expect(doc.querySelectorAll('.changelog-day > li').length).toBe(history.revisions.length);
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
