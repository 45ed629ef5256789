// Writes docs/data-columns.md from the table definitions; test/datasets checks it is up to date.
import { writeFile } from 'node:fs/promises';
import { columnsMarkdown } from '../src/datasets/columns-doc.ts';

await writeFile(new URL('../docs/data-columns.md', import.meta.url), columnsMarkdown());
console.log('Wrote docs/data-columns.md');
