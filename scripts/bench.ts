// The scale benchmark (not a test): synthetic sites of 1,000 and 10,000 articles; prints each of
// issue 16's figures against its target (scripts/bench/targets.ts), with the load average of the
// machine at each measurement. `--record` also writes the report into docs/performance.md.
// Options: --sizes 1000,10000  --full-max 1000 (largest size given a full site build; the
// incremental rebuild is timed at the smallest built size)  --keep (leave the sites)  --record
// --record-from <log> (record the report a saved run printed, without running: a 10,000-article
// run takes most of an hour, and its printed report is the same text --record would have written)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hashTree } from '../test/helpers/hash-tree.ts';
import { copyProject } from '../test/helpers/temp-site.ts';
import { generateContent } from './bench/generate.ts';
import { changeOneArticle } from './bench/incremental.ts';
import { describeMachine } from './bench/machine.ts';
import { lighthouseRealContent, lighthouseReport, lighthouseSite, type LighthouseRun } from './bench/lighthouse.ts';
import { report, type SizeResult } from './bench/report.ts';
import { buildPhases, phasesLine, PHASES_HEADER } from './bench/phases.ts';
import { routeTable } from './bench/routes.ts';
import { measurePairs, medianPair, pairRatios } from './bench/pairs.ts';
import { runFullBuild } from './bench/run.ts';
import { emptyCsvs, heaviestPerType } from './bench/site-checks.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'full-max': { type: 'string', default: '1000' },
    record: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'record-from': { type: 'string' },
  },
});

/** Writes a report into docs/performance.md's results block (the only text ever written there). */
function record(text: string): void {
  const doc = path.join(ROOT, 'docs/performance.md');
  const old = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/performance.md lacks the ${start} … ${end} block`);
  writeFileSync(doc, `${old.slice(0, i + start.length)}\n${text}\n${old.slice(j)}`);
  console.log(`\nRecorded in ${path.relative(ROOT, doc)}.`);
}

if (values['record-from']) {
  // The report is the last thing a run prints, from its "Machine: " line to the end.
  const log = readFileSync(values['record-from'], 'utf8');
  const at = log.lastIndexOf('\nMachine: ');
  if (at < 0) {
    console.error(`${values['record-from']} holds no bench report (no line starting "Machine: "): record a complete run's output`);
    process.exit(1);
  }
  record(log.slice(at + 1).trimEnd());
  process.exit(0);
}
const sizes = values.sizes!.split(',').map(Number);
const fullMax = Number(values['full-max']);
const load = () => os.loadavg()[0]!;
const results: SizeResult[] = [];
const routes: string[] = [];
const lighthouse: LighthouseRun[] = [await lighthouseRealContent(ROOT)];
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const machine = describeMachine();
console.log(`Benchmark on ${machine}\nworking in ${work}\n`);

try {
  for (const size of sizes) {
    const dir = path.join(work, String(size));
    const content = await generateContent(dir, size, ROOT);
    // The floor and the data step in alternating pairs, each in its own process: the figure is the
    // pair with the median ratio (scripts/bench/pairs.ts).
    const measured = await measurePairs(ROOT, content, dir, load);
    const { bare, data } = medianPair(measured.pairs);
    const ratios = pairRatios(measured.pairs);
    const r: SizeResult = { size, incidents: measured.incidents, figures: measured.figures, bare, data, ratios, full: null, incremental: null, unchanged: null, identical: null, weights: null, emptyCsvs: null };
    console.log(`${size} articles: bare parse ${bare.ms} ms (${bare.maxRssMB} MB), data step ${data.ms} ms (${data.maxRssMB} MB), load ${bare.load.toFixed(1)}/${data.load.toFixed(1)}; the median of ${ratios.length} pairs (${ratios.map((x) => `×${x.toFixed(2)}`).join(', ')})`);
    if (size <= fullMax) {
      const copy = copyProject(content, { prefix: `bench-site-${size}-` });
      try {
        const fullLoad = load();
        r.full = { ...(await runFullBuild(copy)), load: fullLoad };
        console.log(`  full build ${r.full.ms} ms (${r.full.pages} pages, ${r.full.maxRssMB} MB), load ${fullLoad.toFixed(1)}`);
        routes.push(`Page generation at ${size.toLocaleString('en')} articles, by route (Astro's own timings, load ${fullLoad.toFixed(1)}):\n\n${routeTable(readFileSync(path.join(copy, 'build.log'), 'utf8'), 12)}`);
        const phases = [phasesLine('full build', r.full.ms, buildPhases(readFileSync(path.join(copy, 'build.log'), 'utf8')))];
        r.weights = heaviestPerType(path.join(copy, 'dist'), path.join(copy, 'src/generated'));
        r.emptyCsvs = emptyCsvs(path.join(copy, 'dist'));
        lighthouse.push(await lighthouseSite(path.join(copy, 'dist'), `${size.toLocaleString('en')} articles`));
        if (size === Math.min(...sizes.filter((s) => s <= fullMax))) {
          changeOneArticle(path.join(copy, 'content'));
          const incLoad = load();
          r.incremental = { ...(await runFullBuild(copy)), load: incLoad };
          const rebuildLog = readFileSync(path.join(copy, 'build.log'), 'utf8');
          const p = buildPhases(rebuildLog);
          console.log(`  rebuild after one article changed ${r.incremental.ms} ms (${p.rendered} files rendered, ${p.reused} reused from the incremental cache), load ${incLoad.toFixed(1)}`);
          phases.push(phasesLine('rebuild, one article changed', r.incremental.ms, p));
          // What the rebuild still renders, by route: the fixed costs a rebuild cannot skip.
          // The rebuild must equal a clean build of the same state, byte for byte: a clean copy
          // (no caches) of the changed project is built and compared file by file.
          const clean = copyProject(path.join(copy, 'content'), { from: copy, prefix: `bench-clean-${size}-` });
          try {
            await runFullBuild(clean);
            const [a, b] = [copy, clean].map((d) => hashTree(path.join(d, 'dist')));
            r.identical = { files: a!.size, differing: [...new Set([...a!.keys(), ...b!.keys()])].filter((f) => a!.get(f) !== b!.get(f)).sort() };
            console.log(`  rebuild = clean build: ${r.identical.differing.length} of ${r.identical.files} files differ`);
          } finally {
            rmSync(clean, { recursive: true, force: true });
          }
          routes.push(`Pages the rebuild rendered at ${size.toLocaleString('en')} articles, by route (load ${incLoad.toFixed(1)}):\n\n${routeTable(rebuildLog, 12)}`);
          // The floor: the same copy built again with nothing changed.
          const sameLoad = load();
          r.unchanged = { ...(await runFullBuild(copy)), load: sameLoad };
          const sameLog = readFileSync(path.join(copy, 'build.log'), 'utf8');
          console.log(`  rebuild with nothing changed ${r.unchanged.ms} ms, load ${sameLoad.toFixed(1)}`);
          phases.push(phasesLine('rebuild, nothing changed', r.unchanged.ms, buildPhases(sameLog)));
        }
        routes.push(`Where the build's time goes at ${size.toLocaleString('en')} articles (each build's own log; scripts/bench/phases.ts):\n\n${[...PHASES_HEADER, ...phases].join('\n')}`);
      } finally {
        if (!values.keep) rmSync(copy, { recursive: true, force: true });
        else console.log(`kept: the synthetic site of ${size} articles is built in ${path.join(copy, 'dist')} (project copy ${copy}; content ${content})`);
      }
    }
    results.push(r);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const text = [`Machine: ${machine}.`, '', report(results), '', lighthouseReport(lighthouse), '', ...routes.flatMap((t) => [t, ''])].join('\n').trimEnd();
console.log(`\n${text}`);

if (values.record) record(text);
