import { z } from 'zod';

/** Ids are lower-case kebab-case: they appear in URLs and in the public data, so they never change. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string({ error: 'expected an id in lower-case-kebab-case' })
  .regex(ID_PATTERN, { error: 'expected an id in lower-case-kebab-case (letters a-z, digits, single hyphens)' });

/** Free text that must say something. */
export const Text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, found an empty value' });
