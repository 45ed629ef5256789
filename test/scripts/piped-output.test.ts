import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The validator and the data step print thousands of problems through a pipe, as on CI, to a
 * reader slower than they are: every problem and the summary line must come through. 4,000
 * synthetic articles, each with three misspelt claim kinds, and a handful carrying control
 * characters in a file name, which must reach the pipe escaped.
 */
const ARTICLES = 4000;
let root = '';
let content = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'piped-'));
  content = await generateContent(root, ARTICLES, ROOT, 7);
  const dir = path.join(content, 'articles');
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('- kind: report', '- kind: reprot'));
  }
  // A file name that tries to forge a GitHub annotation and to clear the screen.
  writeFileSync(path.join(dir, 'evil\r::error file=x::Content is valid\u001b[2J.md'), 'x');
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a script with its output piped to a reader that stalls now and then; returns all it read. */
function piped(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', script), '--root', root, '--content', content, ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    for (const [stream, into] of [[child.stdout, out], [child.stderr, err]] as const) {
      let n = 0;
      stream.on('data', (b: Buffer) => {
        into.push(b);
        // A slow reader: the pipe fills, so the writer must wait for it rather than exit.
        if (++n % 20 === 0) {
          stream.pause();
          setTimeout(() => stream.resume(), 5);
        }
      });
    }
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

function errorsIn(summary: string): number {
  const m = /(\d+) errors?, \d+ warnings?/.exec(summary);
  if (!m) throw new Error(`no summary in ${JSON.stringify(summary.slice(-200))}`);
  return Number(m[1]);
}

/** Output is safe for a terminal and a CI log: no control character but the line feed. */
function expectNoControls(text: string): void {
  expect(text.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g) ?? []).toEqual([]);
}

describe(`piped output at ${ARTICLES} articles`, () => {
  it('validate (text): every problem, then the summary line', async () => {
    const r = await piped('validate.ts', []);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.at(-1)!;
    expect(summary).toMatch(/^Content has errors: \d+ errors, \d+ warnings \(checked in \d+ ms\)\.$/);
    const reported = lines.filter((l) => /^\S.*  (error|warning)  /.test(l));
    expect(errorsIn(summary)).toBeGreaterThanOrEqual(ARTICLES * 2);
    expect(reported.filter((l) => l.includes('  error  '))).toHaveLength(errorsIn(summary));
    expectNoControls(r.stdout);
    expect(r.stdout).toContain('evil\\r::error file=x::Content is valid\\x1B[2J.md');
    console.log(`validate | reader: ${reported.length} problems and the summary line came through (${r.stdout.length} bytes)`);
  }, 900_000);

  it('validate --format github: one annotation per problem, escaped, then the summary line', async () => {
    const r = await piped('validate.ts', ['--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.at(-1)!;
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(errorsIn(summary));
    expect(lines.slice(0, -1).every((l) => /^::(error|warning) file=[^:]+::/.test(l))).toBe(true);
    expectNoControls(r.stdout);
    // The forged command stays inside the file property, its : and , encoded.
    expect(r.stdout).toContain('evil\\r%3A%3Aerror file=x%3A%3AContent is valid\\x1B[2J.md');
  }, 900_000);

  it('the data step: every problem on stderr, then its one-sentence failure', async () => {
    const r = await piped('build-data.ts', ['--public', path.join(root, 'public/data')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    const summary = lines.at(-1)!;
    expect(summary).toMatch(/^Data step failed: \d+ errors, \d+ warnings\. Nothing was written; fix the errors above and run again\.$/);
    expect(lines.filter((l) => /^\S.*  error  /.test(l))).toHaveLength(errorsIn(summary));
    expectNoControls(r.stderr);
  }, 900_000);
});
