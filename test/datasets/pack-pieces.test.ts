import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishSet, setVersion, sha256 } from '../../src/datasets/write-atomic.ts';

/**
 * The writer packs many small pieces into one reused buffer (src/datasets/write-atomic.ts,
 * encode): what reaches the disk and the manifest must be exactly the UTF-8 of the joined text,
 * across buffer boundaries, for pieces larger than the buffer, for characters of two, three and
 * four bytes, and for a lone surrogate (written as U+FFFD, as Buffer.from writes it).
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function* manyPieces(): Generator<string> {
  const samples = ['plain row,', 'Ségou — Mopti,', 'emoji 🙂,', 'lone \ud800 surrogate,', '', '"quoted"\n'];
  // Some 4 million bytes: several full buffers, and pieces straddling every boundary.
  for (let i = 0; i < 200_000; i++) yield `${samples[i % samples.length]}${i}`;
}

describe('pieces packed for writing', () => {
  it('writes and hashes exactly the UTF-8 of the joined pieces', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'pack-'));
    dirs.push(store);
    const big = 'é'.repeat(1_500_000) + '—'; // one piece larger than the buffer
    const files: [string, string | Iterable<string>][] = [
      ['data/many.txt', manyPieces()],
      ['data/big.txt', ['a', big, 'z']],
      ['data/empty.txt', []],
      ['data/whole.txt', 'one string, not pieces ✓\n'],
    ];
    const whole = new Map(files.map(([name]) => [name, '']));
    whole.set('data/many.txt', [...manyPieces()].join(''));
    whole.set('data/big.txt', `a${big}z`);
    whole.set('data/whole.txt', 'one string, not pieces ✓\n');
    const { version } = await publishSet(store, files, {});
    expect(version).toBe(setVersion(whole));
    const manifest = JSON.parse(readFileSync(path.join(store, 'current/manifest.json'), 'utf8'));
    for (const [name, text] of whole) {
      const bytes = readFileSync(path.join(store, 'current', name));
      expect(bytes.equals(Buffer.from(text, 'utf8')), name).toBe(true);
      expect(manifest.files[name]).toBe(sha256(bytes));
    }
    expect(readFileSync(path.join(store, 'current/data/many.txt'), 'utf8')).toContain('lone \ufffd surrogate');
  });
});
