import { z } from 'zod';
import { CATEGORY_IDS, SERIES_CATEGORY_IDS } from '../schema/category.ts';
import { CLAIM_KINDS, COUNTS_OF } from '../schema/claim.ts';
import { QUALIFIERS } from '../schema/count.ts';
import { DATE_PRECISIONS } from '../schema/date.ts';
import { HARM_TYPES, MEASURE_IDS } from '../schema/measure.ts';
import { LOCATION_PRECISIONS } from '../schema/place.ts';
import { SOURCE_KINDS } from '../schema/source.ts';
import { INCIDENT_STATUSES } from '../model/records.ts';
import { ESTIMATE_METHODS } from '../model/estimate.ts';
import { EVIDENCE_TABLES } from './evidence-tables.ts';
import { col } from './column.ts';

/**
 * The public data contract, version 2 (docs/data-contract.md, with the migration from v1).
 * Adding a column at the end is compatible; renaming, removing or re-meaning one is a breaking
 * change and needs version 3.
 */
export const DATA_CONTRACT_VERSION = '2.1.0';

/** A count's qualifier as published: the source's own words, or `envelope` for several claims shown lowest to highest. */
export const PUBLISHED_QUALIFIERS = [...QUALIFIERS, 'envelope'] as const;

const harmLabel = (h: string) => (h === 'sexual-violence' ? 'victims of sexual violence' : `civilians ${h}`);
const harmColumns = Object.fromEntries(
  HARM_TYPES.flatMap((h) => [
    [`${h}_low`, col.int(`Lowest number of ${harmLabel(h)} a source states (for "at least" and "more than": the number as written).`)],
    [`${h}_best`, col.int(`The source's single figure for ${harmLabel(h)}, when exactly one claim (or agreeing claims, or the editors' stated lead) gives one; never a median or midpoint, always empty for an envelope.`)],
    [`${h}_high`, col.int(`Highest number of ${harmLabel(h)} a source states; empty when open-ended ("at least").`)],
    [`${h}_qualifier`, col.optOneOf(PUBLISHED_QUALIFIERS, `How the ${h} count is bounded: a source's qualifier (${QUALIFIERS.join(', ')}), or envelope when sources disagree (see estimates.csv for every claim).`)],
    [`${h}_text`, col.text(`The ${h} count in words, each bound as its source states it ("at least 50", "about 300 to at least 500").`)],
  ]),
) as Record<`${(typeof HARM_TYPES)[number]}_${'low' | 'best' | 'high'}`, ReturnType<typeof col.int>> &
  Record<`${(typeof HARM_TYPES)[number]}_qualifier`, ReturnType<typeof col.optOneOf<typeof PUBLISHED_QUALIFIERS>>> &
  Record<`${(typeof HARM_TYPES)[number]}_text`, ReturnType<typeof col.text>>;

export const IncidentRow = z.object({
  incident_id: col.id('Stable id of the incident; also its page: /incidents/<id>/.'),
  title: col.text('Short neutral headline.'),
  date_start: col.date('First day the incident may have happened (YYYY-MM-DD).'),
  date_end: col.date('Last day it may have happened; equal to date_start for a known day.'),
  date_precision: col.oneOf(DATE_PRECISIONS, 'How precisely the sources date it: day, month, quarter or year.'),
  place: col.text('Place name.'),
  admin2: col.optText('Cercle (second-level administrative unit).'),
  admin1: col.optText('Region (first-level administrative unit).'),
  country: col.text('Country.'),
  latitude: col.num('WGS84 latitude, where the place is well known; see location_precision.'),
  longitude: col.num('WGS84 longitude.'),
  location_precision: col.optOneOf(LOCATION_PRECISIONS, 'What the coordinates locate: the exact site, the locality, the cercle (admin2), the region (admin1) or the country.'),
  perpetrator_ids: col.list('Actor ids at least one source holds responsible (named, alleged or suspected); attributions.csv says which source says what.'),
  perpetrator_categories: col.list(`Their perpetrator categories (${CATEGORY_IDS.join(', ')}).`),
  ...harmColumns,
  status: col.oneOf(INCIDENT_STATUSES, 'reported; contested when a party gave a counter-claim; denied when a denial covers the incident or one of its claims (see denials.csv).'),
  same_victims_as: col.optText('Set when these victims are already counted in another incident (e.g. bodies moved and buried elsewhere): do not add them again.'),
  source_ids: col.list('Articles (accounts) that report the incident; see sources.csv.'),
  report_ids: col.list('Distinct reports behind its claims: corroboration counts these, not outlets; see reports.csv.'),
  denied_by: col.list('Who denies the incident or a claim about it. One value per denier: articles relaying one statement (one statement_id in denials.csv) are one value, the name most of them use, with the others as "(also reported as “…”)".'),
  people_counts: col.text('Counts of people whose civilian status the sources do not state (e.g. detainees), never included in the civilian columns: "killed: 20; detained: more than 500".'),
});
export type IncidentRow = z.infer<typeof IncidentRow>;

export const FigureRow = z.object({
  figure_id: col.id('Stable id of the figure.'),
  period_start: col.date('First day of the period the figure covers.'),
  period_end: col.date('Last day of the period.'),
  quarter: col.text('YYYY-Qn when the period is exactly one calendar quarter; empty otherwise.'),
  perpetrator_id: col.text('"all" for a total of all perpetrators, an actor id, or empty when the figure names a category.'),
  perpetrator_category: col.oneOf(SERIES_CATEGORY_IDS, 'Perpetrator category; "all" for a total, "unattributed" for the part of a total the account we read attributes to no one.'),
  measure: col.oneOf(MEASURE_IDS, 'What is counted. victims = killed + injured + abducted or disappeared; violations counts documented violations, not people.'),
  low: col.int('Lowest value the source allows (for "at least"/"more than": the number as written).'),
  best: col.int('Best estimate, when there is one.'),
  high: col.int('Highest value the source allows; empty when open-ended.'),
  qualifier: col.optOneOf(QUALIFIERS, 'How the source bounds the number; empty for a share of a total the source does not give.'),
  share_percent: col.num('For a share of another figure: the percentage the source gives.'),
  share_of: col.text('For a share: the figure_id of the total.'),
  places: col.list('Place ids, when the figure covers only part of the country.'),
  derived: col.bool('true when we computed the number (from a share, a remainder or a reported change) rather than read it in the source.'),
  derivation: col.text('How a derived number was computed, step by step.'),
  derived_from: col.list('figure_ids a derived number was computed from.'),
  note: col.text('Caveats.'),
  source_id: col.id('The article (account) that reports (or implies) the figure; see sources.csv.'),
  report_id: col.id('The report whose finding it is; see reports.csv.'),
  actor_ids: col.list('Actors the source names for the figure.'),
  part_of: col.text('The figure_id of the total this figure is one part of (or a share of): never add a part to its total.'),
  definition: col.text('What the count includes when the source\'s definition differs from the measure\'s usual one; not comparable like for like.'),
  lead: col.text('Why the editors made this figure lead when accounts disagree, if they did.'),
  denied_by: col.list('Who denies the figure (directly, or by denying every allegation of its report against its perpetrator). One value per denier: articles relaying one statement (one statement_id in denials.csv) are one value, the name most of them use, with the others as "(also reported as “…”)".'),
});
export type FigureRow = z.infer<typeof FigureRow>;

export const SourceRow = z.object({
  source_id: col.id('Stable id of the source; also the id of our article summarising it: /articles/<id>/.'),
  title: col.text('Title of the report or story.'),
  publisher: col.text('Who published the text.'),
  author_org: col.text('Who issued the findings, when not the publisher.'),
  url: col.text('Where it can be read, when known.'),
  published: col.date('First day of the publication date as known (see published_precision).'),
  published_end: col.date('Last day of the publication date as known.'),
  published_precision: col.oneOf(DATE_PRECISIONS, 'How precisely the publication date is known.'),
  published_approximate: col.bool('true when even that precision is inferred from the text.'),
  kind: col.oneOf(SOURCE_KINDS, 'Kind of organisation behind the findings.'),
  language: col.text('Language of the text read (BCP 47).'),
  report_id: col.id('The report this text is an account of (its own source_id when it relays no other); see reports.csv.'),
});
export type SourceRow = z.infer<typeof SourceRow>;

export const ClaimRow = z.object({
  claim_id: col.id('Id of the claim: the editors\' id, or source id, target and position.'),
  source_id: col.id('The article (account) in which the claim is reported.'),
  kind: col.oneOf(CLAIM_KINDS, 'report, counter-claim or denial.'),
  by: col.text('Who makes the claim, as the source names them.'),
  by_actor: col.text('Actor id of the claimant, when it is an armed actor.'),
  claim_date: col.optDate('When the claim was made (first day, if only the month or year is known).'),
  incident_id: col.text('The incident the claim is about, if any.'),
  figure_ids: col.list('The figures the claim is about, if any.'),
  counts_of: col.optOneOf(COUNTS_OF, 'Whom the counts describe: civilians, people (unspecified) or combatants.'),
  counts: col.text('The numbers claimed, as "killed: at least 50; detained: more than 500".'),
  statement: col.text('What is claimed, in our words.'),
  report_id: col.id('The report whose finding the claim relays; see reports.csv.'),
  attributions: col.list('Whom the claim holds responsible, as actor_id:stance (named, alleged, suspected, denied); attributions.csv has the source\'s own words.'),
  about_claims: col.list('For a denial: the claim_ids it denies (empty: the whole incident or the listed figures).'),
  lead: col.text('Why the editors show this claim\'s number when claims disagree, if they do.'),
  denied_by: col.list('Who denies this claim. One value per denier: articles relaying one statement (one statement_id in denials.csv) are one value, the name most of them use, with the others as "(also reported as “…”)".'),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const QuarterlyRow = z.object({
  quarter: col.text('Calendar quarter, YYYY-Qn.'),
  perpetrator_category: col.oneOf(SERIES_CATEGORY_IDS, 'Perpetrator category; "all" is the total of all perpetrators, "unattributed" the part of a total the source did not attribute.'),
  measure: col.oneOf(MEASURE_IDS, 'What is counted; measures are never mixed.'),
  low: col.int('Lowest stated value (the bar the chart draws).'),
  best: col.int('A single figure only when one claim, agreeing reports or the editors\' stated lead give it; empty for an envelope.'),
  high: col.int('Highest stated value (the whisker); empty when open-ended.'),
  qualifier: col.oneOf(QUALIFIERS, 'How the drawn value is bounded (for an envelope: between, or at-least/more-than when open-ended; see method).'),
  basis: col.oneOf(['reported', 'derived'] as const, 'reported: a source states it; derived: computed from a share, remainder or change (see figures.csv).'),
  figure_ids: col.list('The figures behind the value.'),
  text: col.text('The value in words, each bound as its source states it.'),
  method: col.oneOf(ESTIMATE_METHODS, 'single: one claim; agreed: several reports state the same count; lead: the editors chose one claim, with a reason (rule); envelope: lowest to highest of disagreeing claims.'),
  rule: col.text('How the value was made, listing every claim, when more than one claim lies behind it.'),
  report_ids: col.list('Distinct reports behind the value.'),
  denied_by: col.list('Who denies a figure behind the value. One value per denier: articles relaying one statement (one statement_id in denials.csv) are one value, the name most of them use, with the others as "(also reported as “…”)".'),
  definition: col.text('Set when a figure behind the value counts by a different definition: not comparable like for like.'),
  parts_exceed_total: col.bool('On an "all" row: true when the quarter\'s parts, as drawn, add up to more than this total as drawn (they come from different accounts).'),
});
export type QuarterlyRow = z.infer<typeof QuarterlyRow>;

export const TABLES = [
  { name: 'incidents', title: 'Incidents', description: 'One row per incident in which civilians were harmed, with counts as low/best/high and the sources that report it.', row: IncidentRow, primaryKey: ['incident_id'] },
  { name: 'figures', title: 'Reported figures', description: 'Aggregates the sources report for a period (a quarter or another span), and the numbers derived from them, flagged.', row: FigureRow, primaryKey: ['figure_id'] },
  { name: 'quarterly', title: 'Quarterly series', description: 'The series the main chart draws: civilian harm by quarter, perpetrator category and measure.', row: QuarterlyRow, primaryKey: ['quarter', 'perpetrator_category', 'measure'] },
  { name: 'claims', title: 'Claims, counter-claims and denials', description: 'What each source says about an incident or a figure, and by whom.', row: ClaimRow, primaryKey: ['claim_id'] },
  { name: 'sources', title: 'Sources (accounts)', description: 'The texts the articles summarise: reports themselves, or accounts of a report (a wire story, a press release).', row: SourceRow, primaryKey: ['source_id'] },
  ...EVIDENCE_TABLES,
] as const;
