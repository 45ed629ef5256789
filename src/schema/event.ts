import { z } from 'zod';
import { Id, Text } from './ids.ts';
import { DateInput } from './span.ts';

/** A context event for the timeline (a coup, a withdrawal), stated by the article's source. */
export const EventInput = z.strictObject({
  id: Id,
  date: DateInput,
  title: Text,
  description: Text.optional(),
});
export type EventInput = z.infer<typeof EventInput>;
