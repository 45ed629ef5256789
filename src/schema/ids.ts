import { z } from 'zod';

/** Ids are lower-case kebab-case: they appear in URLs and in the public data, so they never change. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string({ error: 'expected an id in lower-case-kebab-case' })
  .regex(ID_PATTERN, { error: 'expected an id in lower-case-kebab-case (letters a-z, digits, single hyphens)' });

/**
 * Control characters no editor means to type: C0 but tab and line feed, DEL and C1. YAML's
 * double-quoted escapes ("\e[2J", "\r") can put them in a value even where the file itself is
 * clean; in a title they would reach terminals, CI logs and feeds.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Free text that must say something, without control characters. */
export const Text = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'expected text, found an empty value' })
  .refine((s) => !CONTROL.test(s), {
    error: 'the text contains an invisible control character',
    params: { expected: 'printable text (line breaks and tabs allowed)', hint: 'remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text' },
  });
