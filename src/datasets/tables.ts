import { z } from 'zod';
import { CATEGORY_IDS, SERIES_CATEGORY_IDS } from '../schema/category.ts';
import { CLAIM_KINDS, COUNTS_OF } from '../schema/claim.ts';
import { QUALIFIERS } from '../schema/count.ts';
import { DATE_PRECISIONS } from '../schema/date.ts';
import { HARM_TYPES, MEASURE_IDS } from '../schema/measure.ts';
import { LOCATION_PRECISIONS } from '../schema/place.ts';
import { SOURCE_KINDS } from '../schema/source.ts';
import { INCIDENT_STATUSES } from '../model/records.ts';
import { col } from './column.ts';

/**
 * The public data contract, version 1 (docs/data-contract.md). Adding a column at the end is
 * compatible; renaming, removing or re-meaning one is a breaking change and needs version 2.
 */
export const DATA_CONTRACT_VERSION = '1.0.0';

const harmColumns = Object.fromEntries(
  HARM_TYPES.flatMap((h) => [
    [`${h}_low`, col.int(`Lowest number of people ${h} the sources allow (for "at least" and "more than": the number as written).`)],
    [`${h}_best`, col.int(`Best estimate of people ${h}, when a source gives one.`)],
    [`${h}_high`, col.int(`Highest number of people ${h} the sources allow; empty when open-ended ("at least").`)],
    [`${h}_qualifier`, col.optOneOf(QUALIFIERS, `How the sources bound the ${h} count: ${QUALIFIERS.join(', ')}.`)],
  ]),
) as Record<`${(typeof HARM_TYPES)[number]}_${'low' | 'best' | 'high'}`, ReturnType<typeof col.int>> &
  Record<`${(typeof HARM_TYPES)[number]}_qualifier`, ReturnType<typeof col.optOneOf<typeof QUALIFIERS>>>;

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
  perpetrator_ids: col.list('Actor ids the sources hold responsible.'),
  perpetrator_categories: col.list(`Their perpetrator categories (${CATEGORY_IDS.join(', ')}).`),
  ...harmColumns,
  status: col.oneOf(INCIDENT_STATUSES, 'reported; contested when a party gave a counter-claim; denied when a party denied it.'),
  same_victims_as: col.optText('Set when these victims are already counted in another incident (e.g. bodies moved and buried elsewhere): do not add them again.'),
  source_ids: col.list('Sources that report the incident; see sources.csv.'),
});
export type IncidentRow = z.infer<typeof IncidentRow>;

export const FigureRow = z.object({
  figure_id: col.id('Stable id of the figure.'),
  period_start: col.date('First day of the period the figure covers.'),
  period_end: col.date('Last day of the period.'),
  quarter: col.text('YYYY-Qn when the period is exactly one calendar quarter; empty otherwise.'),
  perpetrator_id: col.text('"all" for a total of all perpetrators, an actor id, or empty when the figure names a category.'),
  perpetrator_category: col.oneOf(SERIES_CATEGORY_IDS, 'Perpetrator category; "all" for a total, "unattributed" for the part of a total no perpetrator was given for.'),
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
  source_id: col.id('The source that reports (or implies) the figure; see sources.csv.'),
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
});
export type SourceRow = z.infer<typeof SourceRow>;

export const ClaimRow = z.object({
  claim_id: col.id('Id of the claim: source id, target and position.'),
  source_id: col.id('The source in which the claim is reported.'),
  kind: col.oneOf(CLAIM_KINDS, 'report, counter-claim or denial.'),
  by: col.text('Who makes the claim, as the source names them.'),
  by_actor: col.text('Actor id of the claimant, when it is an armed actor.'),
  claim_date: col.optDate('When the claim was made (first day, if only the month or year is known).'),
  incident_id: col.text('The incident the claim is about, if any.'),
  figure_ids: col.list('The figures the claim is about, if any.'),
  counts_of: col.optOneOf(COUNTS_OF, 'Whom the counts describe: civilians, people (unspecified) or combatants.'),
  counts: col.text('The numbers claimed, as "killed: at least 50; detained: more than 500".'),
  statement: col.text('What is claimed, in our words.'),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const QuarterlyRow = z.object({
  quarter: col.text('Calendar quarter, YYYY-Qn.'),
  perpetrator_category: col.oneOf(SERIES_CATEGORY_IDS, 'Perpetrator category; "all" is the total of all perpetrators, "unattributed" the part of a total the source did not attribute.'),
  measure: col.oneOf(MEASURE_IDS, 'What is counted; measures are never mixed.'),
  low: col.int('Lowest value.'),
  best: col.int('Best estimate.'),
  high: col.int('Highest value; empty when open-ended.'),
  qualifier: col.oneOf(QUALIFIERS, 'How the value is bounded.'),
  basis: col.oneOf(['reported', 'derived'] as const, 'reported: a source states it; derived: computed from a share, remainder or change (see figures.csv).'),
  figure_ids: col.list('The figures behind the value.'),
});
export type QuarterlyRow = z.infer<typeof QuarterlyRow>;

export const TABLES = [
  { name: 'incidents', title: 'Incidents', description: 'One row per incident in which civilians were harmed, with counts as low/best/high and the sources that report it.', row: IncidentRow, primaryKey: ['incident_id'] },
  { name: 'figures', title: 'Reported figures', description: 'Aggregates the sources report for a period (a quarter or another span), and the numbers derived from them, flagged.', row: FigureRow, primaryKey: ['figure_id'] },
  { name: 'quarterly', title: 'Quarterly series', description: 'The series the main chart draws: civilian harm by quarter, perpetrator category and measure.', row: QuarterlyRow, primaryKey: ['quarter', 'perpetrator_category', 'measure'] },
  { name: 'claims', title: 'Claims, counter-claims and denials', description: 'What each source says about an incident or a figure, and by whom.', row: ClaimRow, primaryKey: ['claim_id'] },
  { name: 'sources', title: 'Sources', description: 'The reports the articles summarise.', row: SourceRow, primaryKey: ['source_id'] },
] as const;
