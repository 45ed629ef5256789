import { z } from 'zod';
import { Text } from './ids.ts';

/**
 * How a source holds an actor responsible. Who attributes what to whom is data: the stance is the
 * source's, never ours.
 * - named: the source states the actor did it ("killed by JNIM").
 * - alleged: the source reports an accusation ("security forces allegedly raped…").
 * - suspected: the source says the actor is suspected, or is believed to be responsible.
 * - denied: the source reports the actor (or its government) denying it.
 */
export const STANCES = ['named', 'alleged', 'suspected', 'denied'] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

/** One actor a claim's source holds responsible, with the words the source uses for them. */
export const AttributionInput = z.strictObject({
  /** An actor id or alias from content/actors/ ("fama", "foreign military personnel"). */
  actor: Text,
  /** The source's own words for the actor, when they differ from the actor's name ("white fighters"). */
  as_named: Text.optional(),
  /** named, alleged, suspected or denied: how the source holds them responsible. */
  stance: Stance.default('named'),
});
export type AttributionInput = z.infer<typeof AttributionInput>;
