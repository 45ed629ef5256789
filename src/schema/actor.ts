import { z } from 'zod';
import { CategoryId } from './category.ts';
import { Id, Text } from './ids.ts';

/** An armed actor (content/actors/<id>.md). Each sits in exactly one perpetrator category. */
export const ActorInput = z.strictObject({
  /** Stable id, the file's name: `fama`, `jnim`. */
  id: Id,
  /** The name readers see. */
  name: Text,
  /** Other names and acronyms sources use (EIGS = ISGS = Islamic State Sahel). Editors may write any of them. */
  aliases: z.array(Text).default([]),
  /** The one perpetrator category the charts stack this actor under. */
  category: CategoryId,
  /** One or two neutral sentences. */
  description: Text,
});
export type ActorInput = z.infer<typeof ActorInput>;
