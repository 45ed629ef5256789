import { z } from 'zod';
import { CountInput } from './count.ts';
import { PartialDate } from './date.ts';
import { AttributionInput } from './attribution.ts';
import { Id, Text } from './ids.ts';
import { HARM_TYPES } from './measure.ts';

export const CLAIM_KINDS = ['report', 'counter-claim', 'denial'] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

/**
 * Whom a claim's counts describe. Only `civilians` are ever shown or summed as civilians; `people`
 * (the source does not say whether they were civilians, e.g. detainees) are shown as such; a
 * counter-claim of "18 assailants killed" is `combatants`.
 */
export const COUNTS_OF = ['civilians', 'people', 'combatants'] as const;

/** Counts per harm type (killed, injured, abducted, detained), each with its own bound. */
export const HarmCountsInput = z.partialRecord(z.enum(HARM_TYPES), CountInput);
export type HarmCountsInput = z.infer<typeof HarmCountsInput>;

/**
 * What one source says: a report of harm, a counter-claim (another account of the same event,
 * e.g. an army saying those killed were militants), or a denial. The source is the article's.
 */
export const ClaimInput = z.strictObject({
  /** An id for this claim, unique within its incident, so a denial can name it in `about_claims`. */
  id: Id.optional(),
  /** report, counter-claim or denial. */
  kind: ClaimKind,
  /**
   * The report whose finding this claim relays, when it is not the article's own `source.report`
   * (a story about a government statement that also quotes the UN note: the UN claims name the note).
   */
  report: Id.optional(),
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
  /**
   * The actors this claim's source holds responsible, with its stance. A report defaults to the
   * incident's `perpetrators`; `attributes: []` says this claim holds no one responsible (e.g. a
   * claim about access to the site, not about who did it).
   */
  attributes: z.array(AttributionInput).optional(),
  /** For a denial: the ids of the claims it denies; without it, a denial covers the whole incident. */
  about_claims: z.array(Id).min(1, { error: 'name at least one claim id, or leave about_claims out' }).optional(),
  /**
   * Why this claim's numbers lead when sources disagree (an editor's reasoned choice, shown to
   * readers). Without a lead, disagreeing numbers are shown as an envelope, lowest to highest.
   */
  lead: Text.optional(),
  /** What is claimed, in our own words. */
  statement: Text,
});
export type ClaimInput = z.infer<typeof ClaimInput>;

/** A claim about reported figures rather than one incident (e.g. a government rejecting a UN note). */
export const FigureClaimInput = ClaimInput.omit({ about_claims: true, attributes: true, id: true }).extend({
  /** Ids of the figures the claim is about. */
  about_figures: z.array(Id).min(1, { error: 'name at least one figure id' }),
});
export type FigureClaimInput = z.infer<typeof FigureClaimInput>;
