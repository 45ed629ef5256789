import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsMarkdown } from '../../src/datasets/columns-doc.ts';
import { ROOT } from '../helpers/dist.ts';

describe('docs/data-columns.md', () => {
  it('matches the table definitions (run `npm run data:docs` after changing a column)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/data-columns.md'), 'utf8')).toBe(columnsMarkdown());
  });
});
