// Checks of a built synthetic site for the benchmark: the heaviest page of each type against its
// budget (test/helpers/page-budgets.ts), and CSV downloads that are empty or have no header.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';
import { budgetFor, type Budget } from '../../test/helpers/page-budgets.ts';
import { pageWeight } from '../../test/helpers/page-weight.ts';
import { dataIds, sitePages } from '../../test/helpers/site-pages.ts';

export type TypeWeight = { type: string; pages: number; route: string; total: number; js: number; budget: Budget };

/** The heaviest page of each page type (gzip -9, first visit) and the budget the type is held to. */
export function heaviestPerType(dist: string, generated: string): TypeWeight[] {
  const pages = sitePages(dist, dataIds(readSiteDataRaw(generated)));
  const out = new Map<string, TypeWeight>();
  const count = new Map<string, number>();
  for (const p of pages) {
    count.set(p.type, (count.get(p.type) ?? 0) + 1);
    const w = pageWeight(dist, p.file);
    const cur = out.get(p.type);
    if (!cur || w.total > cur.total) out.set(p.type, { type: p.type, pages: 0, route: p.route, total: w.total, js: w.byKind.js, budget: budgetFor(p.type, readFileSync(p.file, 'utf8')) });
  }
  for (const w of out.values()) w.pages = count.get(w.type)!;
  return [...out.values()].sort((a, b) => a.type.localeCompare(b.type));
}

export const withinBudget = (w: TypeWeight) => w.total <= w.budget.total && (w.budget.js === undefined || w.js <= w.budget.js);

/** CSV files in the site that are 0 bytes or whose first line (the header) is empty. */
export function emptyCsvs(dist: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.csv') && (statSync(p).size === 0 || readFileSync(p, 'utf8').split('\n', 1)[0]!.trim() === '')) out.push(path.relative(dist, p));
    }
  };
  walk(dist);
  return out.sort();
}
