import { z } from 'zod';

/**
 * Column builders for the public tables. Each column is a zod schema carrying its documentation
 * and Frictionless type in metadata, so the row types, the CSV header, datapackage.json and the
 * data page's column docs all come from one definition.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
export type ColumnMeta = { description: string; fieldType: FieldType; enum?: readonly string[] };

const meta = (schema: z.ZodType, m: ColumnMeta) => schema.meta(m as unknown as Record<string, unknown>);

export const col = {
  id: (description: string) => meta(z.string(), { description, fieldType: 'string' }) as z.ZodString,
  text: (description: string) => meta(z.string(), { description, fieldType: 'string' }) as z.ZodString,
  optText: (description: string) => meta(z.string().nullable(), { description, fieldType: 'string' }) as z.ZodNullable<z.ZodString>,
  date: (description: string) => meta(z.string(), { description, fieldType: 'date' }) as z.ZodString,
  optDate: (description: string) => meta(z.string().nullable(), { description, fieldType: 'date' }) as z.ZodNullable<z.ZodString>,
  int: (description: string) => meta(z.number().int().nullable(), { description, fieldType: 'integer' }) as z.ZodNullable<z.ZodNumber>,
  num: (description: string) => meta(z.number().nullable(), { description, fieldType: 'number' }) as z.ZodNullable<z.ZodNumber>,
  bool: (description: string) => meta(z.boolean(), { description, fieldType: 'boolean' }) as z.ZodBoolean,
  list: (description: string) => meta(z.array(z.string()), { description: `${description} Several values are separated by ";".`, fieldType: 'string' }) as z.ZodArray<z.ZodString>,
  oneOf: <T extends readonly [string, ...string[]]>(values: T, description: string) =>
    meta(z.enum(values), { description, fieldType: 'string', enum: values }) as z.ZodEnum<{ [K in T[number]]: K }>,
  optOneOf: <T extends readonly [string, ...string[]]>(values: T, description: string) =>
    meta(z.enum(values).nullable(), { description, fieldType: 'string', enum: values }) as z.ZodNullable<z.ZodEnum<{ [K in T[number]]: K }>>,
};

export function columnMeta(schema: z.ZodType): ColumnMeta {
  const m = z.globalRegistry.get(schema) as unknown as ColumnMeta | undefined;
  if (!m?.description) throw new Error('every public column needs a description');
  return m;
}

/** A public table: its file stem, a title, and the row schema whose key order is the column order. */
export type Table<S extends z.ZodRawShape> = {
  name: string;
  title: string;
  description: string;
  row: z.ZodObject<S>;
  primaryKey: string[];
};
