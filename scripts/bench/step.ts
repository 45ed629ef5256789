// One measured step of the benchmark, run in its own process so its peak memory is its own.
// Usage: node scripts/bench/step.ts validate|data|bare <root> <content> [<out>]
// Prints one JSON line: { ms, maxRssMB, articles, incidents, figures, problems }.
import path from 'node:path';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { writeDataOutputs } from '../../src/datasets/write-outputs.ts';
import { bareParse } from './bare.ts';

const [step, root, content, out] = process.argv.slice(2);
if ((step !== 'validate' && step !== 'data' && step !== 'bare') || !root || !content || (step === 'data' && !out)) {
  console.error('usage: step.ts validate|data|bare <root> <content> [<out>]');
  process.exit(2);
}
const started = performance.now();
if (step === 'bare') {
  const { files, invalid } = await bareParse(content);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), articles: files, incidents: 0, figures: 0, problems: invalid }));
  process.exit(0);
}
const { data, problems } = await buildSiteData(root, content);
if (!data) {
  console.error(`the generated content has errors (${problems.filter((p) => p.severity === 'error').length}): the generator is out of step with the schemas`);
  process.exit(1);
}
if (step === 'data') {
  // What scripts/build-data.ts writes: the downloads and the pages' JSON.
  await writeDataOutputs(data, { publicData: path.join(out!, 'public/data'), generated: path.join(out!, 'generated'), store: path.join(out!, '.data') });
}
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    articles: data.articles.length,
    incidents: data.incidents.length,
    figures: data.figures.length,
    problems: problems.length,
  }),
);
