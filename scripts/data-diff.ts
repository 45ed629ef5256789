// npm run data:diff -- <git-ref> [--out <file>]
// Markdown of what the working tree's content changes in the published data compared with
// <git-ref>'s content: figures, claims, incidents, reports and accounts, places and actors added,
// removed and changed; the values the charts draw before and after; sentences that change in
// articles the change does not edit; new and cleared validator warnings (src/tools/data-diff/).
// Both sides are built by the CURRENT code (only content/ is taken from <ref>), so a code change
// never shows up as a data change.
//
// --out <file> writes the Markdown to <file> (replacing it) and nothing to stdout. Use it
// wherever the Markdown is kept (CI writes $GITHUB_STEP_SUMMARY this way): `npm run` prints its
// own "> script" banner to stdout, so redirecting stdout would put the banner in the Markdown
// (unless npm runs with -s). Without --out the Markdown goes to stdout, for reading.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteData } from '../src/model/records.ts';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { summarise, type Problem } from '../src/pipeline/problem.ts';
import { registryCharts } from '../src/tools/data-diff/chart-marks.ts';
import { editedArticles } from '../src/tools/data-diff/files.ts';
import { diffBuilds, diffMarkdown } from '../src/tools/data-diff/index.ts';
import { code } from '../src/tools/data-diff/markdown.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: process.cwd() }, content: { type: 'string', default: 'content' }, out: { type: 'string' } },
});
const ref = positionals[0] ?? '';
if (!ref || positionals.length > 1) {
  console.error('Usage: npm run data:diff -- <git-ref> [--out <file>]   (e.g. origin/main)');
  process.exit(2);
}
const root = path.resolve(values.root!);

async function emit(markdown: string): Promise<void> {
  if (values.out) await writeFile(path.resolve(values.out), markdown);
  else process.stdout.write(markdown);
}

/** One side's build; null (after saying so in the Markdown) when its content has errors. */
async function build(label: string, dir: string, contentDir: string): Promise<{ data: SiteData; problems: Problem[] } | null> {
  const { data, problems } = await buildSiteData(dir, contentDir);
  if (data) return { data, problems };
  await emit(`## Data changes against ${code(ref)}\n\nThe content of ${label} has errors (${summarise(problems)}); run \`npm run validate\`. No comparison was made.\n`);
  return null;
}

/** The exit code: 0 with a diff, 1 when a side has errors, 2 when the ref is unknown. */
async function main(tmp: string): Promise<number> {
  // Only content/ of the other commit: it is built by this commit's code.
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-tree', '--name-only', ref, '--', values.content!], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    console.error(`"${ref}" is not a commit git knows here (for a pull request, fetch the base branch first).`);
    return 2;
  }
  // A commit from before content/ existed is compared as empty.
  if (listed.trim()) {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', values.content!], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', tmp], { input: archive });
  }
  const [beforeContent, afterContent] = [path.join(tmp, values.content!), path.join(root, values.content!)];
  const before = await build(ref, tmp, beforeContent);
  const after = before && (await build('the working tree', root, afterContent));
  if (!before || !after) return 1;
  const edited = await editedArticles(beforeContent, afterContent);
  await emit(diffMarkdown(diffBuilds(before, after, { charts: registryCharts, edited }), ref));
  if (values.out) console.error(`Wrote the data diff against ${ref} to ${values.out}.`);
  return 0;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'data-diff-'));
try {
  process.exitCode = await main(tmp);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
