import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { tempContent } from '../helpers/temp-content.ts';

/** An article added on `added` with the given figures (YAML list items at two spaces). */
const art = (id: string, added: string, figures: string) => `---
id: ${id}
title: Test ${id}
summary: A test.
added: ${added}
source:
  title: Report ${id}
  publisher: Wire ${id}
  published: 2023-03
  kind: un
  language: en
figures:
${figures}---
Body.
`;
const q = (id: string, quarter: string, count: string, extra = '') =>
  `  - id: ${id}\n    period: { quarter: ${quarter} }\n    perpetrator: all\n    measure: killed\n    count: ${count}\n${extra}`;
const warnings = async (files: Record<string, string>) =>
  (await buildSiteData(ROOT, tempContent(files))).problems.filter((p) => p.severity === 'warning').map((p) => `${path.basename(p.file)} ${p.field}: ${p.message} | expected ${p.expected} | found ${p.found}`);

describe('disagreements between accounts, compared as ranges', () => {
  it('accepts numbers that can both be right ("more than 500" and 543; 421 and 421)', async () => {
    expect(await warnings({
      'a.md': art('a', '2026-11-01', q('a-q1', '2022-Q1', '{ qualifier: more-than, low: 500 }') + q('a-q2', '2022-Q2', '{ qualifier: exact, best: 421 }')),
      'b.md': art('b', '2026-11-02', q('b-q1', '2022-Q1', '{ qualifier: exact, best: 543 }') + q('b-q2', '2022-Q2', '{ qualifier: exact, best: 421 }')),
    })).toEqual([]);
  });
  it('warns once, on the article added later, when two numbers cannot both be right', async () => {
    expect(await warnings({
      'older.md': art('older', '2026-11-01', q('older-q1', '2022-Q1', '{ qualifier: exact, best: 543 }')),
      'newer.md': art('newer', '2026-11-05', q('newer-q1', '2022-Q1', '{ qualifier: exact, best: 512 }')),
    })).toEqual(['newer.md figures[0].count: this figure cannot agree with older-q1 (older) on 2022-Q1 (killed, all) | expected a number consistent with 543 | found 512']);
  });
  it('stops warning once the newer figure acknowledges the difference with a reason', async () => {
    expect(await warnings({
      'older.md': art('older', '2026-11-01', q('older-q1', '2022-Q1', '{ qualifier: exact, best: 543 }')),
      'newer.md': art('newer', '2026-11-05', q('newer-q1', '2022-Q1', '{ qualifier: exact, best: 512 }', '    acknowledged: [{ with: older-q1, reason: The agency counts murders only. }]\n')),
    })).toEqual([]);
  });
});

describe('a total for whole quarters against its quarters', () => {
  const quarters = q('n-q1', '2022-Q1', '{ qualifier: exact, best: 543 }') + q('n-q2', '2022-Q2', '{ qualifier: exact, best: 317 }') + q('n-q3', '2022-Q3', '{ qualifier: exact, best: 243 }') + q('n-q4', '2022-Q4', '{ qualifier: exact, best: 174 }');
  const year = (count: string, extra = '') => `  - id: year\n    period: { start: 2022-01-01, end: 2022-12-31 }\n    perpetrator: all\n    measure: killed\n    count: ${count}\n${extra}`;
  it('accepts a total equal to the sum (at least 1,277 = 543 + 317 + 243 + 174)', async () => {
    expect(await warnings({ 'n.md': art('n', '2026-11-01', quarters + year('{ qualifier: at-least, low: 1277 }')) })).toEqual([]);
  });
  it('warns when the total cannot be the sum, naming every quarter', async () => {
    expect(await warnings({ 'n.md': art('n', '2026-11-01', quarters + year('{ qualifier: exact, best: 1100 }')) })).toEqual([
      'n.md figures[4].count: this total does not match the sum of its quarters (killed, 2022-Q1 to 2022-Q4) | expected 1,277 (2022-Q1 543 + 2022-Q2 317 + 2022-Q3 243 + 2022-Q4 174) | found 1,100',
    ]);
  });
  it('allows for rounding (1%) and checks nothing while a quarter is missing', async () => {
    expect(await warnings({ 'n.md': art('n', '2026-11-01', quarters + year('{ qualifier: exact, best: 1270 }')) })).toEqual([]);
    const three = q('n-q1', '2022-Q1', '{ qualifier: exact, best: 543 }') + q('n-q2', '2022-Q2', '{ qualifier: exact, best: 317 }') + q('n-q3', '2022-Q3', '{ qualifier: exact, best: 243 }');
    expect(await warnings({ 'n.md': art('n', '2026-11-01', three + year('{ qualifier: exact, best: 5 }')) })).toEqual([]);
  });
  it('accepts an acknowledged mismatch', async () => {
    expect(await warnings({ 'n.md': art('n', '2026-11-01', quarters + year('{ qualifier: exact, best: 1100 }', '    acknowledged: [{ with: quarters, reason: The annual report revised the quarters. }]\n')) })).toEqual([]);
  });
});
