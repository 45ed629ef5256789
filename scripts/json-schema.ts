// Writes the JSON Schemas of the front matter (public/schema/*.schema.json), generated from the
// zod schemas in src/schema/. The files are committed; test/schema/json-schema.test.ts fails when
// they are stale, so run this after changing a schema: npm run schema
import path from 'node:path';
import { contentJsonSchemaFiles, SCHEMA_DIR } from '../src/pipeline/json-schema.ts';
import { writeFilesAtomically } from '../src/datasets/write-atomic.ts';

const dir = path.resolve(import.meta.dirname, '..', SCHEMA_DIR);
const files = contentJsonSchemaFiles();
await writeFilesAtomically(dir, files);
console.log(`Wrote ${[...files.keys()].join(', ')} to ${SCHEMA_DIR}/.`);
