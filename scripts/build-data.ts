// The data step: content/ → validated records → one versioned set of output, published at once:
// src/generated/site-data-<part>.json (for the pages) and public/data/ (the downloads). Nothing is
// written when any content error is found, and a failure leaves the previous set in place.
// When nothing it reads has changed since a run whose set is still stored, that set is published
// again without parsing or writing anything (src/datasets/data-cache.ts); --no-cache turns it off.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { formatProblem, summarise } from '../src/pipeline/problem.ts';
import { writeDataOutputs } from '../src/datasets/write-outputs.ts';
import { dataStepKey, readCache, writeCache } from '../src/datasets/data-cache.ts';
import { switchTo } from '../src/datasets/write-atomic.ts';
import { printBlock, runScript } from '../src/lib/cli.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    content: { type: 'string' },
    public: { type: 'string' },
    generated: { type: 'string' },
    store: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root!);
const content = path.resolve(root, values.content ?? 'content');
const publicData = path.resolve(root, values.public ?? 'public/data');
const generated = path.resolve(root, values.generated ?? 'src/generated');
const store = path.resolve(root, values.store ?? '.data');

// The fault-injection hook tests publishing itself: never answered from the cache.
const useCache = !values['no-cache'] && !process.env.MALI_DATA_FAULT;

await runScript('Data step', 'the previous data set is unchanged.', async () => {
  const started = performance.now();
  const key = useCache ? await dataStepKey(root, content) : null;
  const hit = key ? await readCache(store, key) : null;
  if (hit) {
    printBlock(process.stderr, hit.problems);
    await switchTo(store, hit.version, { data: publicData, generated });
    if (!values.quiet) process.stdout.write(`Data unchanged (content and code hash ${key!.slice(0, 12)}): set ${hit.version} published again in ${Math.round(performance.now() - started)} ms; ${hit.summary}.\n`);
    return;
  }
  const { data, problems } = await buildSiteData(root, content);
  const printed = problems.map((p) => formatProblem(p) + '\n');
  printBlock(process.stderr, printed);
  if (!data) {
    process.stderr.write(`Data step failed: ${summarise(problems)}. Nothing was written; fix the errors above and run again.\n`);
    process.exitCode = 1;
    return;
  }
  const { version } = await writeDataOutputs(data, { publicData, generated, store });
  const summary = `${data.articles.length} articles, ${data.incidents.length} incidents, ${data.figures.length} figures, ${data.quarterly.length} quarterly rows (${summarise(problems)})`;
  if (key) await writeCache(store, key, { version, problems: printed, summary });
  if (!values.quiet) {
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`Data built in ${ms} ms: ${data.articles.length} articles, ${data.incidents.length} incidents, ${data.figures.length} figures, ${data.quarterly.length} quarterly rows, published as set ${version} (${summarise(problems)}).\n`);
  }
});
