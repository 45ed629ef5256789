// Where the page generation of a build goes: Astro logs one line per output file with the time it
// took to render (`├─ /incidents/x/index.html (+41ms)`). This groups those times by route, the path
// with its record-specific last segment generalised, so the owners of pages see which cost most.
import { readFileSync } from 'node:fs';

export type RouteCost = { route: string; files: number; ms: number; maxMs: number };

const LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

/** The route a built file belongs to: `/incidents/x/index.html` → `/incidents/*`; single pages stay themselves. */
export function routeOf(file: string, siblings: ReadonlyMap<string, number>): string {
  const parts = file.replace(/\/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const parent = `/${parts.slice(0, -1).join('/')}`;
  // A folder of several siblings is a collection of one page type.
  if ((siblings.get(parent) ?? 0) >= 4) return `${parent === '/' ? '' : parent}/*${extOf(parts.at(-1)!)}`;
  return `/${parts.join('/')}`;
}

const extOf = (name: string) => (/\.[a-z]+$/.exec(name)?.[0] ?? '');

/** Per-route render time from an Astro build log, most expensive first. */
export function routeCosts(log: string): { routes: RouteCost[]; totalMs: number } {
  const entries: { file: string; ms: number }[] = [];
  for (const line of log.split('\n')) {
    const m = LINE.exec(line);
    if (m) entries.push({ file: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  const siblings = new Map<string, number>();
  const parentOf = (f: string) => `/${f.replace(/\/index\.html$/, '').split('/').filter(Boolean).slice(0, -1).join('/')}`;
  for (const e of entries) siblings.set(parentOf(e.file), (siblings.get(parentOf(e.file)) ?? 0) + 1);
  const by = new Map<string, RouteCost>();
  for (const e of entries) {
    const route = routeOf(e.file, siblings);
    const r = by.get(route) ?? { route, files: 0, ms: 0, maxMs: 0 };
    r.files++;
    r.ms += e.ms;
    r.maxMs = Math.max(r.maxMs, e.ms);
    by.set(route, r);
  }
  const routes = [...by.values()].sort((a, b) => b.ms - a.ms);
  return { routes, totalMs: routes.reduce((s, r) => s + r.ms, 0) };
}

/** A Markdown table of the costliest routes, with their share of page generation. */
export function routeTable(log: string, top = 15): string {
  const { routes, totalMs } = routeCosts(log);
  const rows = routes.slice(0, top).map((r) => `| \`${r.route}\` | ${r.files.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} s | ${((100 * r.ms) / totalMs).toFixed(0)}% | ${Math.round(r.ms / r.files)} ms | ${(r.maxMs / 1000).toFixed(2)} s |`);
  return ['| route | files | render time | share | per file | slowest |', '|---|---:|---:|---:|---:|---:|', ...rows, `| all ${routes.length} routes | ${routes.reduce((s, r) => s + r.files, 0).toLocaleString('en')} | ${(totalMs / 1000).toFixed(1)} s | 100% | | |`].join('\n');
}

if (import.meta.main) console.log(routeTable(readFileSync(process.argv[2]!, 'utf8'), Number(process.argv[3] ?? 20)));
