import { z } from 'zod';
import { IsoDay, PartialDate } from './date.ts';
import { Id, Text } from './ids.ts';

/** A BCP 47 language tag: en, fr, fr-ML. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

export const SOURCE_KINDS = ['un', 'ngo', 'media', 'government', 'other'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);

/**
 * The text an article summarises, as the article's front matter describes it. That text is an
 * *account*: a wire story, a press release, or the report itself. Several accounts of one report
 * (Reuters and APA on the same UN note) are one voice: they name the same `report`.
 */
export const SourceInput = z.strictObject({
  /**
   * A stable id for the report whose findings the text relays (e.g. minusma-hr-note-2022-q1), the
   * same in every article that relays it. Leave it out when the text is itself the report, or
   * relays no other report: the article is then its own report.
   */
  report: Id.optional(),
  /** The report's own title, when the text names it (e.g. the UN note's title, not the wire's headline). */
  report_title: Text.optional(),
  /** The report's own title (or the wire story's headline). */
  title: Text,
  /** Who published the text we read (a wire, a newspaper, an NGO's site). */
  publisher: Text,
  /** Who wrote or issued the findings, when not the publisher (e.g. MINUSMA, distributed by APO Group). */
  author_org: Text.optional(),
  /** Where the text can be read: the address of the page the editor read. */
  url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' }).optional(),
  /** The day the editor read that page (YYYY-MM-DD). */
  accessed: IsoDay.optional(),
  /** When it was published: YYYY-MM-DD, YYYY-MM or YYYY — only as precise as the text supports. */
  published: PartialDate,
  /** True when even that precision is an inference (explain it in published_note). */
  published_approximate: z.boolean().optional(),
  /** How the publication date was worked out, when the text does not state it. */
  published_note: Text.optional(),
  /**
   * The period the report covers, when it says ("between January and March 2024"): incidents dated
   * outside it are flagged as suspicious.
   */
  covers: z
    .strictObject({
      start: PartialDate,
      end: PartialDate,
    })
    .optional(),
  /** un, ngo, media, government or other: the kind of organisation behind the findings. */
  kind: SourceKind,
  /** The language of the text we read, as a BCP 47 tag (en, fr). */
  language: z.string().regex(LANGUAGE_PATTERN, { error: 'expected a language tag such as en or fr' }),
});
export type SourceInput = z.infer<typeof SourceInput>;
