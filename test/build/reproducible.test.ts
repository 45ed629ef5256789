import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, copyProject, removeSite } from '../helpers/temp-site.ts';
import { hashTree } from '../helpers/hash-tree.ts';

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
