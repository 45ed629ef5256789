import { z } from 'zod';
import { ActorInput } from '../schema/actor.ts';
import { ArticleFrontMatter } from '../schema/article.ts';
import { IsoDay, PartialDate } from '../schema/date.ts';
import { PlaceInput } from '../schema/place.ts';

/** Where the schemas are published (public/ is served as the site root). */
export const SCHEMA_DIR = 'public/schema';
export const SCHEMA_FILES = {
  'article.schema.json': { schema: ArticleFrontMatter, title: 'Article front matter (content/articles/*.md)' },
  'actor.schema.json': { schema: ActorInput, title: 'Actor (content/actors/*.md)' },
  'place.schema.json': { schema: PlaceInput, title: 'Place (content/places/*.md)' },
} as const;

type Json = Record<string, unknown>;
type AnyZod = z.core.$ZodType;

const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD.' };
const PARTIAL = {
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    // YAML reads a bare year (date: 2020) as a number; the pipeline accepts it.
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
  description: 'YYYY-MM-DD, YYYY-MM or YYYY: only as precise as the source.',
};

/** A field is required unless its schema is optional or has a default (zod marks preprocessed fields optional on input). */
function isOptional(s: AnyZod): boolean {
  const type = (s._zod.def as { type: string }).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

/**
 * The JSON Schema of what editors write, generated from the zod schemas (never by hand) so that
 * editors' tools (VS Code with the YAML extension) can complete and check front matter. Dates,
 * which zod preprocesses, are given their real string patterns.
 */
export function contentJsonSchema(schema: AnyZod, title: string): Json {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const s = ctx.zodSchema as AnyZod;
      const target = ctx.jsonSchema as Json;
      if (s === IsoDay || s === PartialDate) {
        for (const k of Object.keys(target)) delete target[k];
        Object.assign(target, structuredClone(s === IsoDay ? DAY : PARTIAL));
        return;
      }
      const def = s._zod.def as { type: string; shape?: Record<string, AnyZod> };
      if (def.type === 'object' && def.shape) {
        const required = Object.entries(def.shape).filter(([, v]) => !isOptional(v)).map(([k]) => k);
        if (required.length) target.required = required;
        else delete target.required;
      }
    },
  }) as Json;
  return { ...json, title };
}

/** Every schema file as text, in a stable form. */
export function contentJsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(SCHEMA_FILES)) {
    files.set(name, `${JSON.stringify(contentJsonSchema(schema, title), null, 2)}\n`);
  }
  return files;
}
