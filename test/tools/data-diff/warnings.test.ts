import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/pipeline/problem.ts';
import { diffWarnings, warningsMarkdown } from '../../../src/tools/data-diff/warnings.ts';

const warning = (file: string, line: number, field: string, message: string): Problem => ({ severity: 'warning', file, line, column: 3, field, message, expected: null, found: null, hint: null });

describe('new and cleared warnings', () => {
  const a = warning('content/articles/a.md', 10, 'figures[0].count', 'sources disagree on 2022-Q1 (killed, all)');
  const b = warning('content/articles/b.md', 4, 'incidents[0].date', 'a | b <i>');

  it('matches by file, field and message, never by line: a warning that moved is neither', () => {
    expect(diffWarnings([a], [{ ...a, line: 14 }])).toEqual({ added: [], cleared: [] });
  });

  it('counts repeats, and ignores errors', () => {
    const d = diffWarnings([a, b], [a, a, { ...b, severity: 'error' }]);
    expect(d).toEqual({ added: [a], cleared: [b] });
  });

  it('prints a table, the location and field as code, the message escaped', () => {
    expect(warningsMarkdown(diffWarnings([b], [a]))).toEqual([
      '### Validator warnings: 1 new, 1 cleared',
      '',
      '|  | where | field | warning |',
      '|---|---|---|---|',
      '| new | `content/articles/a.md:10:3` | `figures[0].count` | sources disagree on 2022-Q1 (killed, all) |',
      '| cleared | `content/articles/b.md:4:3` | `incidents[0].date` | a \\| b &lt;i&gt; |',
      '',
    ]);
    expect(warningsMarkdown(diffWarnings([a], [a]))).toEqual([]);
  });
});
