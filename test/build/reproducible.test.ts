import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, copyProject, removeSite } from '../helpers/temp-site.ts';

/** Relative path → sha256 of every file under dir. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const roots: string[] = [];
let snapshot: string | undefined;
afterAll(() => [snapshot, ...roots].forEach(removeSite));

describe('reproducible builds', () => {
  // Two builds of one snapshot of the tree in two different folders (as two CI clones would be):
  // the site must not carry a timestamp, a random id or the folder it was built in.
  it('two builds give byte-identical dist/', async () => {
    snapshot = copyProject(path.join(ROOT, 'content'), { prefix: 'repro-src-' });
    for (const prefix of ['repro-a-', 'repro-b-']) {
      const copy = copyProject(path.join(snapshot!, 'content'), { prefix, from: snapshot });
      roots.push(copy);
      await buildCopy(copy);
    }
    const [a, b] = roots.map((r) => hashTree(path.join(r, 'dist')));
    const differing = [...new Set([...a!.keys(), ...b!.keys()])].filter((f) => a!.get(f) !== b!.get(f)).sort();
    expect(a!.size).toBeGreaterThan(0);
    expect(differing, `files that differ between ${roots[0]} and ${roots[1]}`).toEqual([]);
  }, 600_000);
});
