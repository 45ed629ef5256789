// The benchmark's report: measurements per size, then each of issue 16's figures against its target.
import type { StepResult } from './run.ts';
import { withinBudget, type TypeWeight } from './site-checks.ts';

/** Issue 16's targets (page budgets are in test/helpers/page-budgets.ts). */
export const TARGETS = {
  /** data step ÷ bare read + gray-matter + zod of the same files, same run, largest size */
  dataTime: 2,
  /** peak memory of the data step ÷ that of the bare parse */
  dataPeak: 3,
  /** full build time at 10× the content: at most this many times longer */
  fullGrowth: 12,
  /** rebuild after one article changes ÷ full build, at 1,000 articles */
  incremental: 0.25,
  /** CSV files with no bytes or no header */
  emptyCsvs: 0,
} as const;

type Measured = StepResult & { load: number };
export type SizeResult = {
  size: number;
  incidents: number;
  figures: number;
  /** The bare parse and the data step of the pair with the median time ratio (scripts/bench/pairs.ts). */
  bare: Measured;
  data: Measured;
  /** Every pair's time ratio, data ÷ bare, in the order measured. */
  ratios: number[];
  full: (Measured & { pages: number }) | null;
  incremental: Measured | null;
  /**
   * A second rebuild with nothing changed: the data step republished from its cache, every keyed
   * page copied from Astro's, the search index from its own (scripts/search/), and still Node,
   * Vite and the pages without a key. What every rebuild pays: the floor under the rebuild target.
   */
  unchanged: Measured | null;
  /** The rebuild's output against a clean build of the same content: files compared, and those that differ. */
  identical: { files: number; differing: string[] } | null;
  weights: TypeWeight[] | null;
  emptyCsvs: string[] | null;
};

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number | null) => (n === null ? 'n/a' : `${n} MB`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const n = (x: number) => x.toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function report(rows: SizeResult[]): string {
  const out: string[] = [
    '| articles | incidents | figures | bare parse | peak | data step | peak | data ÷ bare (time, median pair) | (peak) | full build | peak | pages | rebuild, one article changed |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      [
        n(r.size), n(r.incidents), n(r.figures),
        `${s(r.bare.ms)} (load ${r.bare.load.toFixed(1)})`, mb(r.bare.maxRssMB),
        `${s(r.data.ms)} (load ${r.data.load.toFixed(1)})`, mb(r.data.maxRssMB),
        `×${(r.data.ms / r.bare.ms).toFixed(2)}`, r.data.maxRssMB && r.bare.maxRssMB ? `×${(r.data.maxRssMB / r.bare.maxRssMB).toFixed(2)}` : 'n/a',
        r.full ? `${s(r.full.ms)} (load ${r.full.load.toFixed(1)})` : 'not run', r.full ? mb(r.full.maxRssMB) : '', r.full ? n(r.full.pages) : '',
        r.incremental ? `${s(r.incremental.ms)} (load ${r.incremental.load.toFixed(1)})` : '',
      ].join(' | '),
    ).map((l) => `| ${l} |`),
    '',
    'Targets (issue 16):',
    '',
  ];
  const largest = rows.at(-1);
  if (largest) {
    const t = largest.data.ms / largest.bare.ms;
    const all = largest.ratios.map((x) => `×${x.toFixed(2)}`).join(', ');
    out.push(`- Data step ÷ bare parse, ${n(largest.size)} articles: time ×${t.toFixed(2)}, the median of ${largest.ratios.length} alternating pairs (${all}) (target ≤ ×${TARGETS.dataTime}): ${verdict(t <= TARGETS.dataTime)}`);
    if (largest.data.maxRssMB && largest.bare.maxRssMB) {
      const p = largest.data.maxRssMB / largest.bare.maxRssMB;
      out.push(`- Data step ÷ bare parse, ${n(largest.size)} articles: peak memory ×${p.toFixed(2)} (target ≤ ×${TARGETS.dataPeak}): ${verdict(p <= TARGETS.dataPeak)}`);
    }
  }
  const built = rows.filter((r) => r.full);
  if (built.length >= 2) {
    const [a, b] = [built[0]!, built.at(-1)!];
    const g = b.full!.ms / a.full!.ms;
    const allowed = (TARGETS.fullGrowth * b.size) / (10 * a.size);
    out.push(`- Full build ${n(a.size)} → ${n(b.size)} articles: ×${g.toFixed(1)} the time for ×${b.size / a.size} the content (target ≤ ×${allowed}): ${verdict(g <= allowed)}`);
  } else {
    out.push(`- Full build growth: not measured (a full build ran at ${built.length} size; \`--full-max 10000\` builds the largest too)`);
  }
  for (const r of rows.filter((x) => x.incremental)) {
    const q = r.incremental!.ms / r.full!.ms;
    out.push(`- Rebuild after one article changed, ${n(r.size)} articles: ${s(r.incremental!.ms)} = ×${q.toFixed(2)} of the full build (target ≤ ×${TARGETS.incremental}): ${verdict(q <= TARGETS.incremental)}`);
  }
  for (const r of rows.filter((x) => x.unchanged && x.full)) {
    const q = r.unchanged!.ms / r.full!.ms;
    out.push(`- Rebuild with nothing changed, ${n(r.size)} articles (the floor every rebuild pays: Node, the data step's cache, Vite, Astro rendering the pages without a cache key and copying the rest, the search index copied from its cache): ${s(r.unchanged!.ms)} = ×${q.toFixed(2)} of the full build (load ${r.unchanged!.load.toFixed(1)}); the rebuild target ×${TARGETS.incremental} is ${q <= TARGETS.incremental ? 'above' : 'below'} this floor`);
  }
  for (const r of rows.filter((x) => x.identical)) {
    const d = r.identical!.differing;
    out.push(`- Rebuild byte-identical to a clean build, ${n(r.size)} articles: ${d.length} of ${n(r.identical!.files)} files differ${d.length ? ` (${d.slice(0, 4).join(', ')}${d.length > 4 ? ', …' : ''})` : ''} (target 0): ${verdict(d.length === 0)}`);
  }
  for (const r of rows.filter((x) => x.emptyCsvs)) {
    const e = r.emptyCsvs!;
    out.push(`- Empty or header-less CSVs, ${n(r.size)} articles: ${e.length}${e.length ? ` (${e.slice(0, 4).join(', ')}${e.length > 4 ? ', …' : ''})` : ''} (target ${TARGETS.emptyCsvs}): ${verdict(e.length === TARGETS.emptyCsvs)}`);
  }
  for (const r of rows.filter((x) => x.weights)) {
    const w = r.weights!;
    const over = w.filter((x) => !withinBudget(x));
    out.push(`- Page weight, ${n(r.size)} articles: ${w.length - over.length} of ${w.length} page types within budget: ${verdict(over.length === 0)}`);
    out.push('', `  | page type | pages | heaviest | gzip | budget | |`, '  |---|---:|---|---:|---:|---|');
    for (const x of w) out.push(`  | \`${x.type}\` | ${n(x.pages)} | ${x.route.length > 40 ? `${x.route.slice(0, 39)}…` : x.route} | ${kb(x.total)} | ${kb(x.budget.total)} (${x.budget.name}) | ${withinBudget(x) ? 'ok' : 'OVER'} |`);
    out.push('');
  }
  return out.join('\n');
}
