import { z } from 'zod';
import { CountInput } from './count.ts';
import { PartialDate } from './date.ts';
import { Id, Text } from './ids.ts';
import { HARM_TYPES } from './measure.ts';

export const CLAIM_KINDS = ['report', 'counter-claim', 'denial'] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** Whom a claim's counts describe: a counter-claim of "18 assailants killed" is not a civilian count. */
export const COUNTS_OF = ['civilians', 'people', 'combatants'] as const;

/** Counts per harm type (killed, injured, abducted, detained), each with its own bound. */
export const HarmCountsInput = z.partialRecord(z.enum(HARM_TYPES), CountInput);
export type HarmCountsInput = z.infer<typeof HarmCountsInput>;

/**
 * What one source says: a report of harm, a counter-claim (another account of the same event,
 * e.g. an army saying those killed were militants), or a denial. The source is the article's.
 */
export const ClaimInput = z.strictObject({
  /** report, counter-claim or denial. */
  kind: ClaimKind,
  /** Who makes the claim, as the source names them ("MINUSMA", "the Malian army"). */
  by: Text,
  /** The actor making it, if it is one of ours (e.g. fama for an army statement). */
  by_actor: Id.optional(),
  /** When the claim was made, if the source says. */
  date: PartialDate.optional(),
  /** Whom the counts describe: civilians, people (unspecified), or combatants. Required with counts. */
  counts_of: z.enum(COUNTS_OF).optional(),
  /** The numbers claimed, per harm type. */
  counts: HarmCountsInput.optional(),
  /** What is claimed, in our own words. */
  statement: Text,
});
export type ClaimInput = z.infer<typeof ClaimInput>;

/** A claim about reported figures rather than one incident (e.g. a government rejecting a UN note). */
export const FigureClaimInput = ClaimInput.extend({
  /** Ids of the figures the claim is about. */
  about_figures: z.array(Id).min(1, { error: 'name at least one figure id' }),
});
export type FigureClaimInput = z.infer<typeof FigureClaimInput>;
