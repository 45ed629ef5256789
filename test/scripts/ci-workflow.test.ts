import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** GitHub Actions cannot run here: check the workflow parses and mirrors .ci/run and the README. */
const root = path.resolve(import.meta.dirname, '../..');
type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[]; needs?: string; if?: string; permissions?: Record<string, string> };

const load = async () => parse(await readFile(path.join(root, '.github/workflows/ci.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job> };

describe('.github/workflows/ci.yml', () => {
  it('runs on pull requests and on pushes to main', async () => {
    const wf = await load();
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
  });

  it('runs exactly the commands of the README and .ci/run, in order', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const ci = await readFile(path.join(root, '.ci/run'), 'utf8');
    const commands = ['npm install && npm run build', 'npm test'];
    for (const c of commands) {
      expect(readme).toContain(c);
      expect(ci.split('\n')).toContain(c);
    }
    const runs = (await load()).jobs.build!.steps!.map((s) => s.run?.trim()).filter(Boolean);
    const at = commands.map((c) => runs.indexOf(c));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(runs.join('\n')).toContain('apt-get install -y --no-install-recommends chromium');
  });

  it('validates with GitHub annotations and writes the data diff to the job summary on pull requests', async () => {
    const steps = (await load()).jobs.build!.steps!;
    expect(steps.some((s) => s.run === 'npm run validate -- --format github')).toBe(true);
    const diff = steps.find((s) => s.run?.includes('data:diff'))!;
    expect(diff.if).toBe("github.event_name == 'pull_request'");
    // The script writes the file itself (--out), so npm's banner on stdout cannot reach the summary.
    expect(diff.run).toBe('npm run data:diff -- origin/${{ github.base_ref }} --out "$GITHUB_STEP_SUMMARY"');
    expect(diff.run).not.toContain('>');
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });

  it('deploys dist/ to GitHub Pages from main only, with the permissions Pages needs', async () => {
    const { jobs } = await load();
    const upload = jobs.build!.steps!.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with).toEqual({ path: 'dist' });
    expect(upload.if).toContain("github.ref == 'refs/heads/main'");
    expect(jobs.deploy).toMatchObject({ needs: 'build', permissions: { pages: 'write', 'id-token': 'write' } });
    expect(jobs.deploy!.if).toContain("github.ref == 'refs/heads/main'");
    expect(jobs.deploy!.steps!.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
