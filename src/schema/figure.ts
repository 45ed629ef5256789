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
    /**
     * Actors the source names for this figure beyond `perpetrator` (HRW: "the Malian army,
     * supported by the Wagner Group" under state-forces), so each actor's page lists it.
     */
    actors: z.array(Text).min(1, { error: 'name at least one actor, or leave actors out' }).optional(),
    /** The report whose finding this figure relays, when it is not the article's own `source.report`. */
    report: Id.optional(),
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
    change_from_previous_quarter: z
      .strictObject({
        percent: z
          .number({ error: 'expected a percentage as a number (a rise of 324% is 324, a fall of 20% is -20)' })
          .gt(-100, { error: 'a fall cannot be 100% or more: a quarter that fell by 100% would have had no victims at all' })
          .max(100000, { error: 'a rise this large is not plausible: check the percentage against the source' }),
      })
      .optional(),
    /**
     * What this count includes when the source's definition differs from the measure's usual one
     * ("includes 55 people detained"): the chart marks the quarter instead of comparing it as like for like.
     */
    definition: Text.optional(),
    /** Why this figure leads when accounts disagree on the same number (an editor's reasoned choice). */
    lead: Text.optional(),
    /**
     * Incidents this total leaves out, as the source says ("excluding Moura"): the check of a
     * period total against its quarters allows for them.
     */
    excludes: z.array(Id).min(1, { error: 'name at least one incident id, or leave excludes out' }).optional(),
    /**
     * Disagreements the editor has checked and explains, so the validator stops warning: another
     * figure's id (`with`) and the reason, or `with: quarters` for a period total that does not
     * match the sum of its quarters.
     */
    acknowledged: z
      .array(z.strictObject({ with: Id, reason: Text }))
      .min(1, { error: 'give at least one { with, reason }, or leave acknowledged out' })
      .optional(),
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
