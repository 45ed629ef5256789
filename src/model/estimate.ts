import { z } from 'zod';
import { Count } from '../schema/count.ts';

/**
 * What the site shows when one or several claims give a number: never a number nobody stated.
 *
 * - `single`: one claim (or several accounts of one report that agree: the most precise stands).
 * - `agreed`: several reports state the very same count.
 * - `lead`: the claims disagree and an editor named the leading one, with a reason (`rule`).
 * - `envelope`: the claims disagree; the count runs from the lowest stated value to the highest
 *   (open-ended when a claim is), `best` is always null, and every claim is listed.
 *
 * An Estimate is a Count (so anything that draws a Count draws it), plus how it was made. For an
 * envelope the Count is the conservative reading: `low` is the lowest stated value (the bar),
 * `high` the highest (the whisker), null when open-ended; `text` says it in words with each
 * end's own qualifier ("about 300 to at least 500").
 */
export const ESTIMATE_METHODS = ['single', 'agreed', 'lead', 'envelope'] as const;
export const EstimateMethod = z.enum(ESTIMATE_METHODS);
export type EstimateMethod = z.infer<typeof EstimateMethod>;

/** One claim behind an estimate: whose number, in which report, as stated. */
export const EstimateClaim = z.object({
  /** The article whose source states it. */
  source_id: z.string(),
  /** The report the claim relays (several accounts of one report are one voice). */
  report_id: z.string(),
  /** The figure, for a figure; null for an incident claim. */
  figure_id: z.string().nullable(),
  /** Who makes the claim, as the source names them. */
  by: z.string(),
  count: Count,
  /** true when we computed it (a share, remainder or change), not read it. */
  derived: z.boolean(),
  /** Whether this claim is the one shown (false: superseded by a more precise account of the same report, or only listed in an envelope). */
  used: z.boolean(),
});
export type EstimateClaim = z.infer<typeof EstimateClaim>;

export const Estimate = Count.extend({
  method: EstimateMethod,
  /** The estimate in words, each bound as its source states it: "at least 50", "512–543", "about 300 to at least 500". */
  text: z.string(),
  /** How it was made, in words a reader can check; null for a single claim. */
  rule: z.string().nullable(),
  /** true when accounts of one report give numbers that cannot both be right (512 and 543). */
  accounts_disagree: z.boolean(),
  /** Distinct reports behind it: corroboration counts these, never outlets. */
  report_ids: z.array(z.string()),
  claims: z.array(EstimateClaim),
});
export type Estimate = z.infer<typeof Estimate>;
