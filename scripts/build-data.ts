// The data step: content/ → validated records → one versioned set of output, published at once:
// src/generated/site-data.json (for the pages) and public/data/ (the downloads). Nothing is
// written when any content error is found, and a failure leaves the previous set in place.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { formatProblem, summarise } from '../src/pipeline/problem.ts';
import { writeDataOutputs } from '../src/datasets/write-outputs.ts';
import { printBlock, runScript } from '../src/lib/cli.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    content: { type: 'string' },
    public: { type: 'string' },
    generated: { type: 'string' },
    store: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root!);
const content = path.resolve(root, values.content ?? 'content');
const publicData = path.resolve(root, values.public ?? 'public/data');
const generated = path.resolve(root, values.generated ?? 'src/generated');
const store = path.resolve(root, values.store ?? '.data');

await runScript('Data step', 'the previous data set is unchanged.', async () => {
  const started = performance.now();
  const { data, problems } = await buildSiteData(root, content);
  printBlock(process.stderr, problems.map((p) => formatProblem(p) + '\n'));
  if (!data) {
    process.stderr.write(`Data step failed: ${summarise(problems)}. Nothing was written; fix the errors above and run again.\n`);
    process.exitCode = 1;
    return;
  }
  const { version } = await writeDataOutputs(data, { publicData, generated, store });
  if (!values.quiet) {
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      `Data built in ${ms} ms: ${data.articles.length} articles, ${data.incidents.length} incidents, ${data.figures.length} figures, ${data.quarterly.length} quarterly rows, published as set ${version} (${summarise(problems)}).\n`,
    );
  }
});
