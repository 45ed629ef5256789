import { z } from 'zod';
import { Stance } from './attribution.ts';
import { ClaimInput } from './claim.ts';
import { Id, Text } from './ids.ts';
import { DateInput } from './span.ts';

/**
 * One event in which civilians were harmed, as one article records it. Several articles may
 * record the same incident under the same id: the build merges them into one record that keeps
 * every source's claims.
 */
export const IncidentInput = z.strictObject({
  /** Stable id, e.g. hombori-2022-04-19. Reuse an existing id to add a source to a known incident. */
  id: Id,
  /** A short neutral headline. */
  title: Text,
  /** When: YYYY-MM-DD, YYYY-MM, YYYY, or { start, end }. */
  date: DateInput,
  /** What the source says of the date when it is vaguer than the field ("late March"). */
  date_note: Text.optional(),
  /** A place id from content/places/. */
  place: Id,
  /**
   * Actor ids (or their aliases) the source holds responsible, with `perpetrator_stance`. A claim's
   * own `attributes` replace these for that claim (e.g. another party's accusation).
   */
  perpetrators: z.array(Text).min(1, { error: 'name at least one perpetrator (an actor id); use "unknown-perpetrator" if the source names none' }),
  /** How the source holds them responsible: named (default), alleged, suspected or denied. */
  perpetrator_stance: Stance.optional(),
  /** What happened, in our own words. */
  description: Text,
  /** The id of an incident whose victims these are (e.g. bodies moved and buried elsewhere): counted once, there. */
  same_victims_as: Id.optional(),
  /**
   * Date or place disagreements with another article's account of this incident that the editor
   * has checked and explains, so the validator stops warning: that article's id (`with`) and the
   * reason. Each article keeps its own source's date and place as stated; nothing is reconciled.
   */
  acknowledged: z
    .array(z.strictObject({ with: Id, reason: Text }))
    .min(1, { error: 'give at least one { with, reason }, or leave acknowledged out' })
    .optional(),
  /** What this article's source says about the incident: reports, counter-claims, denials. */
  claims: z.array(ClaimInput).min(1, { error: 'an incident needs at least one claim: what the source reports' }),
});
export type IncidentInput = z.infer<typeof IncidentInput>;
