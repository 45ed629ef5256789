import { csvFormatRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compactJsonArrayChunks, csvChunks, jsonRowChunks } from '../../src/datasets/serialise.ts';

/**
 * The data step writes large files in pieces (src/datasets/serialise.ts); the pieces must join to
 * exactly the text the whole would be, at any length, and the writer must pack them into the
 * same bytes (test/datasets/publish-set.test.ts writes and hashes real sets).
 */
const row = z.object({ id: z.string(), n: z.number().nullable(), tags: z.array(z.string()) });
const rowsOf = (k: number) => Array.from({ length: k }, (_, i) => ({ id: `r${i}, "quoted"`, n: i % 3 ? i : null, tags: i % 2 ? ['a', 'b'] : [] }));

describe('output in pieces', () => {
  for (const k of [0, 1, 1999, 2000, 2001, 4000, 4501]) {
    it(`${k} rows: the pieces join to the whole`, () => {
      const rows = rowsOf(k);
      const pieces = [...csvChunks(row, rows)];
      // The header, then one piece a row: never the whole file (or a batch of rows) as one string.
      expect(pieces.length).toBe(k + 1);
      const whole = csvFormatRows([['id', 'n', 'tags'], ...rows.map((r) => [r.id, r.n === null ? '' : String(r.n), r.tags.join(';')])]);
      expect(pieces.join('')).toBe(`${whole}\n`);
      const json = k === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
      expect([...jsonRowChunks(rows)].join('')).toBe(json);
      expect(JSON.parse([...jsonRowChunks(rows)].join(''))).toEqual(rows);
      expect([...compactJsonArrayChunks(rows)].join('')).toBe(`${JSON.stringify(rows)}\n`);
    });
  }
});
