// Checks all content and prints every problem at once, for editors and for CI. Writes nothing.
// --format github prints GitHub Actions annotations so problems show on the pull request's lines.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { formatProblem, summarise, type Problem } from '../src/pipeline/problem.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    content: { type: 'string' },
    format: { type: 'string', default: 'text' },
  },
});
const root = path.resolve(values.root!);
const content = path.resolve(root, values.content ?? 'content');

const started = performance.now();
const { data, problems } = await buildSiteData(root, content);
const ms = Math.round(performance.now() - started);

const github = (p: Problem) => {
  const where = [`file=${p.file}`, p.line ? `line=${p.line}` : '', p.column ? `col=${p.column}` : ''].filter(Boolean).join(',');
  const text = [p.message, p.expected && `expected: ${p.expected}`, p.found && `found: ${p.found}`, p.hint && `hint: ${p.hint}`].filter(Boolean).join(' | ');
  return `::${p.severity} ${where},title=${p.field}::${text.replace(/\n/g, ' ')}`;
};
for (const p of problems) console.log(values.format === 'github' ? github(p) : formatProblem(p) + '\n');
const ok = data !== null;
console.log(`${ok ? 'Content is valid' : 'Content has errors'}: ${summarise(problems)} (checked in ${ms} ms).`);
process.exit(ok ? 0 : 1);
