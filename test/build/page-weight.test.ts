import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { pageWeight, type Weight } from '../helpers/page-weight.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { budgetFor } from '../helpers/page-budgets.ts';
import { REPORTS_PER_PAGE } from '../../src/components/charts/source-pages.ts';

const KB = 1024;
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

  // Every page against its type's budget (test/helpers/page-budgets.ts: the one list, which
  // `npm run bench` also checks on the synthetic sites of 1,000 and 10,000 articles).
  it.each(pages.map((p) => [p.route, p.type, p.file]))('within its budget: %s', (route, type, file) => {
    const budget = budgetFor(type, readFileSync(file, 'utf8'));
    const w = weights.get(route)!;
    const detail = w.files.map((f) => `${f.file} ${f.gzip}`).join(', ');
    expect(w.total, `${route} (${budget.name}) weighs ${w.total} B (${detail}); budget ${budget.total} B`).toBeLessThanOrEqual(budget.total);
    if (budget.js !== undefined) expect(w.byKind.js, `${route} JavaScript ${w.byKind.js} B; budget ${budget.js} B`).toBeLessThanOrEqual(budget.js);
  });

  // A chart's sources page is paged, so it holds its budget at any archive size (issue 16).
  it('lists a chart\'s sources at most REPORTS_PER_PAGE reports a page, each page linked from the one before', () => {
    const sourcePages = pages.filter((p) => /^\/charts\/[^/]+\/sources\/(\d+\/)?$/.test(p.route));
    expect(sourcePages.length).toBeGreaterThan(0);
    for (const p of sourcePages) {
      const html = readFileSync(p.file, 'utf8');
      const list = html.match(/<ol class="chart-source-list"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
      const reports = list.replace(/<ul>[\s\S]*?<\/ul>/g, '').match(/<li\b/g)?.length ?? 0;
      expect(reports, p.route).toBeLessThanOrEqual(REPORTS_PER_PAGE);
      const n = Number(p.route.match(/\/(\d+)\/$/)?.[1] ?? 1);
      if (n > 1) {
        const prev = n === 2 ? p.route.replace(/\d+\/$/, '') : p.route.replace(/\d+\/$/, `${n - 1}/`);
        const before = pages.find((q) => q.route === prev)!;
        expect(readFileSync(before.file, 'utf8'), `${prev} links ${p.route}`).toContain(`href="${p.route}"`);
      }
    }
  });
});
