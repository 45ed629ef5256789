import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { pageWeight, type Weight } from '../helpers/page-weight.ts';
import { sitePages } from '../helpers/site-pages.ts';

const KB = 1024;
/** Budgets in gzip bytes per page type (the numbers); every other page is only reported. */
const BUDGETS: { name: string; applies: (route: string, html: string) => boolean; total: number; js?: number }[] = [
  { name: 'home', applies: (r) => r === '/', total: 80 * KB, js: 15 * KB },
  // An embed is a page made to sit in another site's iframe: the layout marks it <html data-embed>.
  { name: 'embed', applies: (_r, html) => /<html\b[^>]*\sdata-embed\b/i.test(html), total: 30 * KB },
];

const dist = distDir();
const pages = sitePages(dist);
const weights = new Map<string, Weight>(pages.map((p) => [p.route, pageWeight(dist, p.file)]));

describe('page weight (gzip -9, first visit)', () => {
  it('prints the heaviest page of each type', () => {
    const heaviest = new Map<string, string>();
    for (const p of pages) {
      const cur = heaviest.get(p.type);
      if (!cur || weights.get(p.route)!.total > weights.get(cur)!.total) heaviest.set(p.type, p.route);
    }
    const kb = (n: number) => (n / KB).toFixed(1).padStart(7);
    const rows = [...heaviest].map(([type, route]) => {
      const w = weights.get(route)!;
      return `${type.padEnd(28)} ${route.slice(0, 36).padEnd(36)} ${kb(w.total)} ${kb(w.byKind.html)} ${kb(w.byKind.css)} ${kb(w.byKind.js)} ${kb(w.byKind.font)} ${kb(w.byKind.image)}`;
    });
    console.log(['page type'.padEnd(28) + ' ' + 'heaviest page'.padEnd(36) + '   total    html     css      js    font   image   (KB)', ...rows].join('\n'));
    expect(rows.length).toBe(heaviest.size);
    expect(heaviest.has('/')).toBe(true);
  });

  it('the checker follows stylesheets and script imports', () => {
    const home = weights.get('/')!;
    expect(home.files[0]!.kind).toBe('html');
    expect(home.total).toBe(home.files.reduce((s, f) => s + f.gzip, 0));
  });

  for (const budget of BUDGETS) {
    it.each(pages.filter((p) => budget.applies(p.route, readFileSync(p.file, 'utf8'))).map((p) => [p.route]))(`${budget.name} budget: %s`, (route) => {
      const w = weights.get(route)!;
      const detail = w.files.map((f) => `${f.file} ${f.gzip}`).join(', ');
      expect(w.total, `${route} weighs ${w.total} B (${detail}); budget ${budget.total} B`).toBeLessThanOrEqual(budget.total);
      if (budget.js !== undefined) expect(w.byKind.js, `${route} JavaScript ${w.byKind.js} B; budget ${budget.js} B`).toBeLessThanOrEqual(budget.js);
    });
  }
});
