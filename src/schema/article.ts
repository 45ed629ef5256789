import { z } from 'zod';
import { FigureClaimInput } from './claim.ts';
import { ReportDenialInput } from './denial.ts';
import { IsoDay } from './date.ts';
import { EventInput } from './event.ts';
import { FigureInput } from './figure.ts';
import { Id, Text } from './ids.ts';
import { IncidentInput } from './incident.ts';
import { SourceInput } from './source.ts';

/** The front matter of an article (content/articles/<id>.md): one article summarises one source. */
export const ArticleFrontMatter = z.strictObject({
  /** Stable id, equal to the file name without .md. Also the source's id in the public data. */
  id: Id,
  /** Our headline. */
  title: Text,
  /** One sentence: what the report documents. */
  summary: Text,
  /** The day the article was added to this site. */
  added: IsoDay,
  /** The day it was last changed, if ever. */
  updated: IsoDay.optional(),
  /** The report the article summarises. */
  source: SourceInput,
  /** Aggregates the source reports. */
  figures: z.array(FigureInput).optional(),
  /** Incidents the source reports. */
  incidents: z.array(IncidentInput).optional(),
  /** Counter-claims and denials of the source's figures. */
  claims: z.array(FigureClaimInput).optional(),
  /** Denials of every allegation a report makes against some actors (see src/schema/denial.ts). */
  denials: z.array(ReportDenialInput).optional(),
  /** Context events the source states, for the timeline. */
  events: z.array(EventInput).optional(),
});
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;
