import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { pageWeight, type Weight } from '../helpers/page-weight.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { budgetFor } from '../helpers/page-budgets.ts';

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
});
