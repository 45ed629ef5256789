import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/pipeline/front-matter.ts';
import { contentJsonSchemaFiles, SCHEMA_DIR } from '../../src/pipeline/json-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');
const generated = contentJsonSchemaFiles();

async function frontMatter(file: string): Promise<unknown> {
  const { parsed } = parseFrontMatter(file, await readFile(path.join(root, file), 'utf8'));
  return parsed!.data;
}

function validator(name: string) {
  return new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(generated.get(name)!));
}

describe('the published JSON Schemas of the front matter', () => {
  it.each([...generated.keys()])('%s is committed and up to date (run `npm run schema` after changing src/schema/)', async (name) => {
    const committed = await readFile(path.join(root, SCHEMA_DIR, name), 'utf8');
    expect(committed).toBe(generated.get(name));
  });

  it('accepts every article, actor and place of the basic fixture', async () => {
    for (const [folder, name] of [['articles', 'article'], ['actors', 'actor'], ['places', 'place']] as const) {
      const check = validator(`${name}.schema.json`);
      for (const f of await readdir(path.join(root, 'test/fixtures/basic', folder))) {
        const data = await frontMatter(`test/fixtures/basic/${folder}/${f}`);
        expect(check(data) ? null : check.errors).toBeNull();
      }
    }
  });

  it('gives dates their patterns, not just "string"', () => {
    const article = JSON.parse(generated.get('article.schema.json')!);
    expect(article.properties.added.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(article.required).toEqual(['id', 'title', 'summary', 'added', 'source']);
    expect(article.properties.source.required).toContain('published');
  });

  it.each([
    ['misspelled-field', 'additionalProperties'],
    ['date-wrong-format', 'pattern'],
    ['count-negative', 'minimum'],
    ['count-fraction', 'type'],
    ['source-kind-unknown', 'enum'],
    ['missing-source', 'required'],
  ])('rejects the bad article %s (%s)', async (name, keyword) => {
    const check = validator('article.schema.json');
    expect(check(await frontMatter(`test/fixtures/bad/content/articles/${name}.md`))).toBe(false);
    expect(check.errors!.map((e) => e.keyword)).toContain(keyword);
  });
});
