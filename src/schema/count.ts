import { z } from 'zod';

/**
 * A count of people (or of violations, or homes) as a source states it. Never a forced single
 * number: in the spirit of UCDP's low/best/high, a count keeps the bound the source gave.
 *
 * | qualifier  | the source says           | write                              |
 * |------------|---------------------------|------------------------------------|
 * | exact      | "317 civilians"           | `best: 317`                        |
 * | at-least   | "at least 50"             | `low: 50`                          |
 * | more-than  | "more than 500", "over"   | `low: 500` (the number as written) |
 * | about      | "about 300", "some 300"   | `best: 300` (+ `low`/`high` if given) |
 * | up-to      | "up to 40"                | `high: 40`                         |
 * | between    | "between 20 and 30"       | `low: 20`, `high: 30`              |
 */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to', 'between'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

const Whole = z
  .number({ error: 'expected a whole number' })
  .int({ error: 'expected a whole number, not a fraction' })
  .nonnegative({ error: 'expected zero or more, not a negative number' });

/** Which numbers each qualifier needs: anything else is a contradiction the editor must resolve. */
const REQUIRED: Record<Qualifier, readonly ('low' | 'best' | 'high')[]> = {
  exact: ['best'],
  'at-least': ['low'],
  'more-than': ['low'],
  about: ['best'],
  'up-to': ['high'],
  between: ['low', 'high'],
};
const FORBIDDEN: Record<Qualifier, readonly ('low' | 'best' | 'high')[]> = {
  exact: ['low', 'high'],
  'at-least': ['high'],
  'more-than': ['high'],
  about: [],
  'up-to': [],
  between: [],
};

export const CountInput = z
  .strictObject({
    /** How the source bounds the number: see the table above. */
    qualifier: Qualifier,
    /** The lowest value the source allows (for at-least / more-than: the number as written). */
    low: Whole.optional(),
    /** The source's single figure, if it gives one. */
    best: Whole.optional(),
    /** The highest value the source allows. */
    high: Whole.optional(),
  })
  .superRefine((c, ctx) => {
    for (const key of REQUIRED[c.qualifier]) {
      if (c[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a count with qualifier "${c.qualifier}" needs "${key}"`,
          params: { expected: `"${key}" with the number the source gives`, hint: qualifierHint(c.qualifier) },
        });
      }
    }
    // A range whose bottom is above its top cannot be read at all: an error, not a warning.
    if (c.low !== undefined && c.high !== undefined && c.low > c.high) {
      ctx.addIssue({
        code: 'custom',
        path: ['low'],
        message: `low (${c.low}) is above high (${c.high})`,
        params: { expected: 'low at or below high', hint: 'swap them, or check the numbers against the source' },
      });
    }
    for (const key of FORBIDDEN[c.qualifier]) {
      if (c[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a count with qualifier "${c.qualifier}" takes no "${key}"`,
          params: { expected: `only ${REQUIRED[c.qualifier].map((k) => `"${k}"`).join(' and ')}`, hint: qualifierHint(c.qualifier) },
        });
      }
    }
  });
export type CountInput = z.infer<typeof CountInput>;

export function qualifierHint(q: Qualifier): string {
  switch (q) {
    case 'exact':
      return 'write an exact count as `{ qualifier: exact, best: 317 }`';
    case 'at-least':
      return 'write "at least 50" as `{ qualifier: at-least, low: 50 }`';
    case 'more-than':
      return 'write "more than 500" as `{ qualifier: more-than, low: 500 }`';
    case 'about':
      return 'write "about 300" as `{ qualifier: about, best: 300 }`';
    case 'up-to':
      return 'write "up to 40" as `{ qualifier: up-to, high: 40 }`';
    case 'between':
      return 'write "between 20 and 30" as `{ qualifier: between, low: 20, high: 30 }`';
  }
}

/** A count after normalisation: `exact` fills low and high with best; an open bound stays null. */
export const Count = z.object({
  qualifier: Qualifier,
  low: z.number().int().nullable(),
  best: z.number().int().nullable(),
  high: z.number().int().nullable(),
});
export type Count = z.infer<typeof Count>;

export function normaliseCount(c: CountInput): Count {
  if (c.qualifier === 'exact') return { qualifier: 'exact', low: c.best!, best: c.best!, high: c.best! };
  return { qualifier: c.qualifier, low: c.low ?? null, best: c.best ?? null, high: c.high ?? null };
}

/** The value a chart draws for a count: the best estimate, else the stated lower bound, else the upper. */
export function drawnValue(c: Count): number {
  return c.best ?? c.low ?? c.high ?? 0;
}

/** A best estimate outside its own range: suspicious but possible, so a warning. */
export function countOrderProblems(c: CountInput): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (c.best !== undefined && c.low !== undefined && c.best < c.low)
    out.push({ path: 'best', message: `best (${c.best}) is below low (${c.low})` });
  if (c.best !== undefined && c.high !== undefined && c.best > c.high)
    out.push({ path: 'best', message: `best (${c.best}) is above high (${c.high})` });
  return out;
}
