// The data step: content/ → validated records → src/generated/site-data.json (for the pages)
// and public/data/ (the downloads). Nothing is written when any content error is found.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { formatProblem, summarise } from '../src/pipeline/problem.ts';
import { writeDataOutputs } from '../src/datasets/write-outputs.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    content: { type: 'string' },
    public: { type: 'string' },
    generated: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root!);
const content = path.resolve(root, values.content ?? 'content');
const publicData = path.resolve(root, values.public ?? 'public/data');
const generated = path.resolve(root, values.generated ?? 'src/generated');

const started = performance.now();
const { data, problems } = await buildSiteData(root, content);
for (const p of problems) console.error(formatProblem(p) + '\n');
if (!data) {
  console.error(`Data step failed: ${summarise(problems)}. Nothing was written; fix the errors above and run again.`);
  process.exit(1);
}
await writeDataOutputs(data, { publicData, generated });
if (!values.quiet) {
  const ms = Math.round(performance.now() - started);
  console.log(
    `Data built in ${ms} ms: ${data.articles.length} articles, ${data.incidents.length} incidents, ${data.figures.length} figures, ${data.quarterly.length} quarterly rows (${summarise(problems)}).`,
  );
}
