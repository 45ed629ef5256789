import { z } from 'zod';
import { CategoryId, SeriesCategory } from '../schema/category.ts';
import { COUNTS_OF, ClaimKind } from '../schema/claim.ts';
import { Count } from '../schema/count.ts';
import { DaySpan } from '../schema/date.ts';
import { HarmType, Measure } from '../schema/measure.ts';
import { LocationPrecision, PLACE_KINDS } from '../schema/place.ts';
import { SourceKind } from '../schema/source.ts';

/**
 * The normalised records the data step produces and the pages read (src/generated/site-data.json).
 * Pages import these types; they never see front matter.
 */

export const SourceRecord = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  author_org: z.string().nullable(),
  url: z.string().nullable(),
  published: DaySpan,
  published_as_written: z.string(),
  published_approximate: z.boolean(),
  published_note: z.string().nullable(),
  kind: SourceKind,
  language: z.string(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const ActorRecord = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  category: CategoryId,
  description: z.string(),
});
export type ActorRecord = z.infer<typeof ActorRecord>;

export const PlaceRecord = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  admin2: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  location_precision: LocationPrecision.nullable(),
});
export type PlaceRecord = z.infer<typeof PlaceRecord>;

export const HarmCounts = z.partialRecord(HarmType, Count);
export type HarmCounts = z.infer<typeof HarmCounts>;

export const ClaimRecord = z.object({
  /** The article (and source) the claim comes from. */
  source_id: z.string(),
  kind: ClaimKind,
  by: z.string(),
  by_actor: z.string().nullable(),
  date: DaySpan.nullable(),
  counts_of: z.enum(COUNTS_OF).nullable(),
  counts: HarmCounts,
  statement: z.string(),
  /** What the claim is about: an incident id, or figure ids. */
  incident_id: z.string().nullable(),
  figure_ids: z.array(z.string()),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

export const INCIDENT_STATUSES = ['reported', 'contested', 'denied'] as const;

export const IncidentRecord = z.object({
  id: z.string(),
  title: z.string(),
  date: DaySpan,
  date_note: z.string().nullable(),
  place_id: z.string(),
  perpetrator_ids: z.array(z.string()),
  perpetrator_categories: z.array(CategoryId),
  description: z.string(),
  /** Civilian counts combined from the sources' reports (not from counter-claims). */
  counts: HarmCounts,
  /** reported; contested (a counter-claim exists); denied (a denial exists). Derived from the claims. */
  status: z.enum(INCIDENT_STATUSES),
  /** Set when these victims are counted in another incident: the totals skip this one. */
  same_victims_as: z.string().nullable(),
  claims: z.array(ClaimRecord),
  source_ids: z.array(z.string()),
});
export type IncidentRecord = z.infer<typeof IncidentRecord>;

export const FigureRecord = z.object({
  id: z.string(),
  period: DaySpan,
  /** `YYYY-Qn` when the period is exactly one calendar quarter, else null. */
  quarter: z.string().nullable(),
  /** `all`, an actor id, or null when the figure names a category. */
  perpetrator_id: z.string().nullable(),
  perpetrator_category: SeriesCategory,
  measure: Measure,
  count: Count.nullable(),
  /** For a share: the percentage and the figure it is a share of. */
  share_percent: z.number().nullable(),
  share_of: z.string().nullable(),
  part_of: z.string().nullable(),
  where: z.array(z.string()),
  derived: z.boolean(),
  /** How a derived figure was computed, in words a reader can check. */
  derivation: z.string().nullable(),
  derived_from: z.array(z.string()),
  note: z.string().nullable(),
  source_id: z.string(),
});
export type FigureRecord = z.infer<typeof FigureRecord>;

export const EventRecord = z.object({
  id: z.string(),
  date: DaySpan,
  title: z.string(),
  description: z.string().nullable(),
  source_id: z.string(),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const ArticleRecord = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  added: z.string(),
  updated: z.string().nullable(),
  source_id: z.string(),
  /** The body rendered to HTML: raw HTML escaped, unsafe links dropped, figure references filled in. */
  html: z.string(),
  figure_ids: z.array(z.string()),
  incident_ids: z.array(z.string()),
  event_ids: z.array(z.string()),
  file: z.string(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** One stacked segment of the main chart: a quarter, a category, one measure. */
export const QuarterlyRecord = z.object({
  quarter: z.string(),
  perpetrator_category: SeriesCategory,
  measure: Measure,
  count: Count,
  /** reported: straight from a source; derived: computed from a share or remainder. */
  basis: z.enum(['reported', 'derived']),
  figure_ids: z.array(z.string()),
});
export type QuarterlyRecord = z.infer<typeof QuarterlyRecord>;

/** Everything the pages read, written by the data step to src/generated/site-data.json. */
export const SiteData = z.object({
  $comment: z.string(),
  /** The latest day any article was added or updated: the "data last updated" date on every chart. */
  updated: z.string(),
  sources: z.array(SourceRecord),
  actors: z.array(ActorRecord),
  places: z.array(PlaceRecord),
  incidents: z.array(IncidentRecord),
  figures: z.array(FigureRecord),
  figure_claims: z.array(ClaimRecord),
  quarterly: z.array(QuarterlyRecord),
  events: z.array(EventRecord),
  articles: z.array(ArticleRecord),
});
export type SiteData = z.infer<typeof SiteData>;
