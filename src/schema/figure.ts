import { z } from 'zod';
import { CountInput } from './count.ts';
import { Id, Text } from './ids.ts';
import { Measure } from './measure.ts';
import { PeriodInput } from './span.ts';

/**
 * An aggregate a source reports: a count for a period, or a share of another figure. Exactly one
 * of `count` and `share` is given.
 */
export const FigureInput = z
  .strictObject({
    /** Stable id, unique across all articles, e.g. minusma-2021-q2-victims. */
    id: Id,
    /** The period covered. */
    period: PeriodInput,
    /** `all`, a perpetrator category id, or an actor id (or alias). */
    perpetrator: Text,
    /** What is counted: killed, injured, abducted, detained, victims, violations, homes-destroyed, incidents. */
    measure: Measure,
    /** The number as the source bounds it. */
    count: CountInput.optional(),
    /**
     * A share of another figure: `{ percent: 54, of: <figure id> }`; the build derives the count.
     * Without `of`, a share of a total the source does not give (no count can be derived).
     */
    share: z
      .strictObject({
        percent: z
          .number({ error: 'expected a percentage as a number' })
          .min(0, { error: 'a percentage cannot be negative' })
          .max(100, { error: 'a share cannot be more than 100%' }),
        of: Id.optional(),
      })
      .optional(),
    /** Id of the total this figure is one part of (for counts; shares name it in `share.of`). */
    part_of: Id.optional(),
    /** Place ids, when the figure covers only part of the country. */
    where: z.array(Id).min(1).optional(),
    /**
     * A change the source reports against the previous quarter ("a 324% rise"): the build derives
     * the previous quarter's figure from it, flagged as derived.
     */
    change_from_previous_quarter: z.strictObject({ percent: z.number() }).optional(),
    /** Caveats, in our own words. */
    note: Text.optional(),
  })
  .superRefine((f, ctx) => {
    if ((f.count === undefined) === (f.share === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: f.count === undefined ? ['count'] : ['share'],
        message: 'a figure needs exactly one of "count" and "share"',
        params: { expected: 'either count or share, not both and not neither', hint: 'give the number as count: { qualifier, low/best/high }, or the percentage as share: { percent, of }' },
      });
    }
  });
export type FigureInput = z.infer<typeof FigureInput>;
