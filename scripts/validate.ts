// Checks all content and prints every problem at once, for editors and for CI. Writes nothing.
// --format github prints GitHub Actions annotations so problems show on the pull request's lines.
// Everything printed reaches a pipe in full, summary line last (see src/lib/cli.ts); control
// characters from content are escaped in both formats (src/pipeline/problem.ts).
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { formatGithub, formatProblem, summarise } from '../src/pipeline/problem.ts';
import { printBlock, runScript } from '../src/lib/cli.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    content: { type: 'string' },
    format: { type: 'string', default: 'text' },
  },
});
const root = path.resolve(values.root!);
const content = path.resolve(root, values.content ?? 'content');

await runScript('Validation', 'nothing was checked.', async () => {
  if (values.format !== 'text' && values.format !== 'github') throw new Error(`--format must be text or github, not "${values.format}"`);
  const started = performance.now();
  const { data, problems } = await buildSiteData(root, content);
  const ms = Math.round(performance.now() - started);
  const ok = data !== null;
  printBlock(process.stdout, [
    ...problems.map((p) => (values.format === 'github' ? formatGithub(p) : formatProblem(p) + '\n')),
    `${ok ? 'Content is valid' : 'Content has errors'}: ${summarise(problems)} (checked in ${ms} ms).`,
  ]);
  process.exitCode = ok ? 0 : 1;
});
