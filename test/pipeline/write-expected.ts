// Rewrites test/fixtures/basic.expected.json from the basic fixture. Run by hand ONLY after a
// deliberate pipeline change, then review the diff before committing:
//   node_modules/.bin/node test/pipeline/write-expected.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJson } from '../../src/datasets/serialise.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { data } = await buildSiteData(root, path.join(root, 'test/fixtures/basic'));
if (!data) throw new Error('the basic fixture has errors');
await writeFile(path.join(root, 'test/fixtures/basic.expected.json'), toJson(data));
console.log('Wrote test/fixtures/basic.expected.json: review the diff.');
