// The scale benchmark (not a test): synthetic content of 100, 1,000 and 10,000 articles; times
// validation, the data step and the full site build, each with its peak memory; prints a table.
// `npm run bench -- --record` also writes the table and the machine into docs/performance.md.
// Options: --sizes 100,1000,10000  --full-max 1000 (largest size given a full site build)  --keep
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../test/helpers/temp-site.ts';
import { generateContent } from './bench/generate.ts';
import { describeMachine } from './bench/machine.ts';
import { runFullBuild, runStep, type StepResult } from './bench/run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'full-max': { type: 'string', default: '1000' },
    record: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const fullMax = Number(values['full-max']);
/** The issue's targets. */
const TARGETS = { dataAt10k: 5_000, fullAt1k: 60_000 };

type Row = { size: number; incidents: number; figures: number; bare: StepResult; validate: StepResult; data: StepResult; full: (StepResult & { pages: number }) | null };
const rows: Row[] = [];
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const machine = describeMachine();
console.log(`Benchmark on ${machine}\nworking in ${work}\n`);

try {
  for (const size of sizes) {
    const dir = path.join(work, String(size));
    const content = await generateContent(dir, size, ROOT);
    // The floor, in the same run: read + gray-matter + zod of the same files.
    const bare = await runStep(ROOT, 'bare', content);
    const validate = await runStep(ROOT, 'validate', content);
    const data = await runStep(ROOT, 'data', content, path.join(dir, 'out'));
    let full: Row['full'] = null;
    if (size <= fullMax) {
      const copy = copyProject(content, { prefix: `bench-site-${size}-` });
      try {
        full = await runFullBuild(copy);
      } finally {
        if (!values.keep) rmSync(copy, { recursive: true, force: true });
        else console.log(`kept: the synthetic site of ${size} articles is built in ${path.join(copy, 'dist')} (project copy ${copy}; content ${content})`);
      }
    }
    rows.push({ size, incidents: validate.incidents, figures: validate.figures, bare, validate, data, full });
    console.log(`${size} articles: bare parse ${bare.ms} ms, validate ${validate.ms} ms, data ${data.ms} ms${full ? `, full build ${full.ms} ms (${full.pages} pages)` : ''}`);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const s = (ms: number) => (ms / 1000).toFixed(2) + ' s';
const mb = (n: number | null) => (n === null ? 'n/a' : `${n} MB`);
const table = [
  '| articles | incidents | figures | bare parse | peak | validation | peak | data step | peak | data ÷ bare | full build | peak | pages |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.size.toLocaleString('en')} | ${r.incidents.toLocaleString('en')} | ${r.figures.toLocaleString('en')} | ${s(r.bare.ms)} | ${mb(r.bare.maxRssMB)} | ${s(r.validate.ms)} | ${mb(r.validate.maxRssMB)} | ${s(r.data.ms)} | ${mb(r.data.maxRssMB)} | ×${(r.data.ms / r.bare.ms).toFixed(1)} | ${r.full ? s(r.full.ms) : 'not run'} | ${r.full ? mb(r.full.maxRssMB) : ''} | ${r.full?.pages.toLocaleString('en') ?? ''} |`),
].join('\n');

// Growth: cost per article at each size, relative to the smallest; linear growth keeps it flat.
const growth = rows.slice(1).map((r) => {
  const base = rows[0]!;
  const per = (x: number, n: number) => x / n;
  const f = (a: number, b: number) => (per(a, r.size) / per(b, base.size)).toFixed(2);
  return `- ${base.size.toLocaleString('en')} → ${r.size.toLocaleString('en')} articles: cost per article ×${f(r.validate.ms, base.validate.ms)} (validation), ×${f(r.data.ms, base.data.ms)} (data step)${r.full && base.full ? `, ×${f(r.full.ms, base.full.ms)} (full build)` : ''}`;
});
const at = (n: number) => rows.find((r) => r.size === n);
const verdicts = [
  at(10_000) && `- Data step, 10,000 articles: ${s(at(10_000)!.data.ms)} (target under ${s(TARGETS.dataAt10k)}): ${at(10_000)!.data.ms < TARGETS.dataAt10k ? 'met' : 'MISSED'}`,
  at(1_000)?.full && `- Full build, 1,000 articles: ${s(at(1_000)!.full!.ms)} (target under ${s(TARGETS.fullAt1k)}): ${at(1_000)!.full!.ms < TARGETS.fullAt1k ? 'met' : 'MISSED'}`,
].filter(Boolean);
const report = [`Machine: ${machine}.`, '', table, '', 'Growth (1.00 = linear):', '', ...growth, '', 'Targets:', '', ...verdicts].join('\n');
console.log('\n' + report);

if (values.record) {
  const doc = path.join(ROOT, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/performance.md lacks the ${start} … ${end} block`);
  writeFileSync(doc, `${text.slice(0, i + start.length)}\n${report}\n${text.slice(j)}`);
  console.log(`\nRecorded in ${path.relative(ROOT, doc)}.`);
}
