import { z } from 'zod';
import { CategoryId, SeriesCategory } from '../schema/category.ts';
import { COUNTS_OF, ClaimKind } from '../schema/claim.ts';
import { Count } from '../schema/count.ts';
import { DaySpan } from '../schema/date.ts';
import { HarmType, Measure } from '../schema/measure.ts';
import { LocationPrecision, PLACE_KINDS } from '../schema/place.ts';
import { SourceKind } from '../schema/source.ts';
import { Stance } from '../schema/attribution.ts';
import { Estimate } from './estimate.ts';

/**
 * The normalised records the data step produces and the pages read (src/generated/site-data-<part>.json).
 * Pages import these types; they never see front matter.
 */

export const SourceRecord = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  author_org: z.string().nullable(),
  url: z.string().nullable(),
  /** The day the editor read the page at `url`. */
  accessed: z.string().nullable(),
  published: DaySpan,
  published_as_written: z.string(),
  published_approximate: z.boolean(),
  published_note: z.string().nullable(),
  kind: SourceKind,
  language: z.string(),
  /** The report this text is an account of (its own id when it relays no other report). */
  report_id: z.string(),
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

/** Estimates per harm type, each made from every claim that counts it (see estimate.ts). */
export const HarmEstimates = z.partialRecord(HarmType, Estimate);
export type HarmEstimates = z.infer<typeof HarmEstimates>;

/**
 * A report: the finding several accounts may relay (MINUSMA's note for 2022-Q1, carried by Reuters
 * and APA). An article that names no report is its own report, with itself as the only account.
 */
export const ReportRecord = z.object({
  id: z.string(),
  /** Who made the finding (the accounts' author_org, else their publisher). */
  by: z.string(),
  /** The report's own title when an account gives it. */
  title: z.string().nullable(),
  /** The kind of organisation behind it; null when it is known only from a quotation in another text. */
  kind: SourceKind.nullable(),
  /** The articles (accounts) that relay it, whole or in part. */
  account_ids: z.array(z.string()),
});
export type ReportRecord = z.infer<typeof ReportRecord>;

/** One actor a claim's source holds responsible, in its own words and with its own stance. */
export const AttributionRecord = z.object({
  actor_id: z.string(),
  category: CategoryId,
  /** The source's words for the actor ("foreign military personnel", "white fighters"). */
  as_named: z.string(),
  stance: Stance,
});
export type AttributionRecord = z.infer<typeof AttributionRecord>;

/** A denial as it reaches every record in its scope. */
export const DenialRecord = z.object({
  by: z.string(),
  by_actor: z.string().nullable(),
  date: DaySpan.nullable(),
  /** The article in whose source the denial is reported. */
  source_id: z.string(),
  /** claim: named claims; incident: one incident; figure: named figures; report: every allegation of a report against some actors. */
  scope: z.enum(['claim', 'incident', 'figure', 'report']),
  /** For a report-wide denial: the report, and whose involvement is denied. */
  report_id: z.string().nullable(),
  against: z.array(z.string()),
  statement: z.string(),
  /** For a report-wide denial: the statement's id shared by every article relaying it (src/schema/denial.ts), else null. */
  statement_id: z.string().nullable(),
});
export type DenialRecord = z.infer<typeof DenialRecord>;

export const ClaimRecord = z.object({
  /** A stable id: the editor's, else source id, target and position. */
  id: z.string(),
  /** The article (and source) the claim comes from. */
  source_id: z.string(),
  /** The report whose finding the claim relays. */
  report_id: z.string(),
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
  /** Whom this claim's source holds responsible (for incident claims). */
  attributions: z.array(AttributionRecord),
  /** For a denial: the claim ids it denies (empty: the whole incident or the named figures). */
  about_claims: z.array(z.string()),
  /** Why an editor made this claim's number the leading one, if they did. */
  lead: z.string().nullable(),
  /** Denials that cover this claim, from any source. */
  denied_by: z.array(DenialRecord),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

export const INCIDENT_STATUSES = ['reported', 'contested', 'denied'] as const;

export const IncidentRecord = z.object({
  id: z.string(),
  title: z.string(),
  date: DaySpan,
  date_note: z.string().nullable(),
  place_id: z.string(),
  /** Actors at least one source holds responsible (named, alleged or suspected); see attributions for who says so. */
  perpetrator_ids: z.array(z.string()),
  perpetrator_categories: z.array(CategoryId),
  /** Who attributes the incident to whom: one row per claim and actor. */
  attributions: z.array(z.object({ claim_id: z.string(), source_id: z.string(), report_id: z.string(), by: z.string() }).extend(AttributionRecord.shape)),
  description: z.string(),
  /** Civilians harmed: estimates from every claim that counts civilians (reports and counter-claims alike). */
  counts: HarmEstimates,
  /** People whose civilian status the sources do not state (e.g. detainees): never shown or summed as civilians. */
  people_counts: HarmEstimates,
  /** reported; contested (a counter-claim exists); denied (a denial covers it). Derived from the claims. */
  status: z.enum(INCIDENT_STATUSES),
  /** Every denial that covers the incident or one of its claims. */
  denials: z.array(DenialRecord),
  /** Distinct reports behind the incident's claims: corroboration counts these. */
  report_ids: z.array(z.string()),
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
  /** Actors the source names for the figure (its perpetrator actor, and any in `actors`). */
  actor_ids: z.array(z.string()),
  measure: Measure,
  count: Count.nullable(),
  /** The report whose finding the figure relays. */
  report_id: z.string(),
  /** What the count includes when the source's definition differs from the measure's usual one. */
  definition: z.string().nullable(),
  /** Why an editor made this figure lead when accounts disagree. */
  lead: z.string().nullable(),
  /** Denials that cover the figure. */
  denials: z.array(DenialRecord),
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
  /** The value drawn: one claim, or the envelope of several (see estimate.ts). */
  count: Estimate,
  /** reported: straight from a source; derived: computed from a share or remainder. */
  basis: z.enum(['reported', 'derived']),
  figure_ids: z.array(z.string()),
  /** Denials that cover any figure behind the value. */
  denials: z.array(DenialRecord),
  /** Set when a figure behind the value counts by a different definition (not like for like). */
  definition: z.string().nullable(),
  /**
   * On a quarter's total: true when its parts, as drawn, add up to more than the total as drawn
   * (parts from one account, the total's lowest value from another). Charts must say so.
   */
  parts_exceed_total: z.boolean(),
});
export type QuarterlyRecord = z.infer<typeof QuarterlyRecord>;

/** Everything the pages read, written by the data step to src/generated/site-data-<part>.json (src/datasets/site-data-files.ts). */
export const SiteData = z.object({
  $comment: z.string(),
  /** The latest day any article was added or updated: the "data last updated" date on every chart. */
  updated: z.string(),
  sources: z.array(SourceRecord),
  reports: z.array(ReportRecord),
  actors: z.array(ActorRecord),
  places: z.array(PlaceRecord),
  incidents: z.array(IncidentRecord),
  figures: z.array(FigureRecord),
  figure_claims: z.array(ClaimRecord),
  /** Denials of every allegation in a report against some actors (they also reach each covered record). */
  report_denials: z.array(DenialRecord),
  quarterly: z.array(QuarterlyRecord),
  events: z.array(EventRecord),
  articles: z.array(ArticleRecord),
});
export type SiteData = z.infer<typeof SiteData>;
