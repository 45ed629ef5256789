// npm run data:diff -- <git-ref>
// Prints, as Markdown, what the working tree's content changes in the published data compared
// with <git-ref>'s content: figures, incidents and chart rows added, removed and changed, and
// which charts change. Both sides are built by the CURRENT code (only content/ is taken from
// <ref>), so a code change never shows up as a data change.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chartModel, chartSpecs } from '../src/charts/registry.ts';
import type { SiteData } from '../src/model/records.ts';
import { buildSiteData } from '../src/pipeline/build-site-data.ts';
import { diffMarkdown, diffSiteData } from '../src/pipeline/data-diff.ts';
import { summarise } from '../src/pipeline/problem.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: process.cwd() }, content: { type: 'string', default: 'content' } } });
const ref = positionals[0];
if (!ref) {
  console.error('Usage: npm run data:diff -- <git-ref>   (e.g. origin/main)');
  process.exit(2);
}
const root = path.resolve(values.root!);

async function build(label: string, dir: string, contentDir: string): Promise<SiteData> {
  const { data, problems } = await buildSiteData(dir, contentDir);
  if (!data) {
    console.log(`## Data changes against \`${ref}\`\n\nThe content of ${label} has errors (${summarise(problems)}); run \`npm run validate\`. No comparison was made.`);
    process.exit(1);
  }
  return data;
}

function charts(data: SiteData): Map<string, string> {
  return new Map(chartSpecs(data).map((spec) => [spec.id, JSON.stringify(chartModel(data, spec))]));
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'data-diff-'));
try {
  // Only content/ of the other commit: it is built by this commit's code.
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-tree', '--name-only', ref, '--', values.content!], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    console.error(`"${ref}" is not a commit git knows here (for a pull request, fetch the base branch first).`);
    process.exit(2);
  }
  // A commit from before content/ existed is compared as empty.
  if (listed.trim()) {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', values.content!], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', tmp], { input: archive });
  }
  const before = await build(ref, tmp, path.join(tmp, values.content!));
  const after = await build('the working tree', root, path.join(root, values.content!));
  process.stdout.write(diffMarkdown(diffSiteData(before, after, charts), ref));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
