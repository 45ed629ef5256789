import { z } from 'zod';
import { PartialDate } from './date.ts';
import { Id, Text } from './ids.ts';

/**
 * A denial of every allegation a report makes against some actors: "the ministry denies all the
 * allegations in the UN note implicating state forces". Every figure and incident claim of that
 * report that names one of those actors (or an actor in one of those categories) is shown as
 * denied, with who denied it and when. For one incident, write a claim of kind `denial` on the
 * incident; for one figure, a claim with `about_figures`.
 */
export const ReportDenialInput = z.strictObject({
  /** Who denies, as the source names them ("Mali's foreign ministry"). */
  by: Text,
  /** The actor denying, if it is one of ours. */
  by_actor: Id.optional(),
  /** When, as precisely as the source says. */
  date: PartialDate.optional(),
  /** The id of the report whose allegations are denied (its `source.report`, or its article id). */
  report: Id,
  /**
   * Whose involvement is denied: perpetrator category ids (state-forces) or actor ids/aliases.
   * Only the report's allegations against these are covered.
   */
  against: z.array(Text).min(1, { error: 'name at least one category or actor whose involvement is denied' }),
  /** What is denied, in our own words. */
  statement: Text,
  /**
   * A stable id for the statement itself, shared by every article relaying it
   * ("mali-foreign-ministry-statement-2022"): several outlets relaying one statement are one voice,
   * so denials with the same id are named and counted once wherever denials are listed, with each
   * outlet's own name for the denier kept ("Mali's Ministry of Foreign Affairs (also reported as
   * “Mali's foreign ministry”)"). Set it only when the articles clearly describe the same statement
   * (same denier, same document, same report); denials sharing an id must deny the same `report`
   * and may not name different `by_actor`s or dates that cannot be the same day. Without it a
   * denial stands on its own, as before.
   */
  statement_id: Id.optional(),
});
export type ReportDenialInput = z.infer<typeof ReportDenialInput>;
