import { z } from 'zod';
import { CATEGORY_IDS } from '../schema/category.ts';
import { QUALIFIERS } from '../schema/count.ts';
import { STANCES } from '../schema/attribution.ts';
import { SOURCE_KINDS } from '../schema/source.ts';
import { HARM_TYPES } from '../schema/measure.ts';
import { ESTIMATE_METHODS } from '../model/estimate.ts';
import { col } from './column.ts';

/** The contract-v2 tables of the evidence model: reports, attributions, denials and every estimate's claims. */

export const ReportRow = z.object({
  report_id: col.id('Stable id of the report (a UN note, an NGO report, a statement): the finding several accounts may relay.'),
  by: col.text('Who made the finding.'),
  title: col.text('The report\'s own title, when an account gives it.'),
  kind: col.optOneOf(SOURCE_KINDS, 'Kind of organisation behind it; empty when it is known only from a quotation in another text.'),
  account_ids: col.list('The articles (source_ids) that relay it, whole or in part. Several accounts of one report are one voice.'),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const AttributionRow = z.object({
  incident_id: col.id('The incident.'),
  claim_id: col.id('The claim that attributes it; see claims.csv.'),
  source_id: col.id('The article (account) the claim is in.'),
  report_id: col.id('The report whose finding the claim relays.'),
  by: col.text('Who makes the claim.'),
  actor_id: col.id('The actor held responsible.'),
  category: col.oneOf(CATEGORY_IDS, 'The actor\'s perpetrator category.'),
  as_named: col.text('The source\'s own words for the actor ("foreign military personnel").'),
  stance: col.oneOf(STANCES, 'named: the source says the actor did it; alleged: it reports an accusation; suspected: it says the actor is suspected; denied: it reports a denial.'),
});
export type AttributionRow = z.infer<typeof AttributionRow>;

export const DenialRow = z.object({
  denial_id: col.id('Id of the denial: the article, and its position there.'),
  by: col.text('Who denies, as the source names them.'),
  by_actor: col.text('Actor id of the party denying, when it is an armed actor.'),
  denial_date: col.optDate('When (first day, if only the month or year is known).'),
  source_id: col.id('The article in whose source the denial is reported.'),
  scope: col.oneOf(['claim', 'incident', 'figure', 'report'] as const, 'claim: named claims; incident: one incident; figure: named figures; report: every allegation of a report against some actors.'),
  report_id: col.text('For a report-wide denial: the report denied.'),
  against: col.list('For a report-wide denial: the categories or actors whose involvement is denied.'),
  covers: col.list('Every record it reaches: incident ids, figure ids, and claim ids (as incident/claim).'),
  statement: col.text('What is denied, in our words.'),
  // Added at the end in 2.1.0 (a compatible change, docs/data-contract.md).
  statement_id: col.text('For a report-wide denial: the id of the statement itself, shared by every article relaying it; rows with the same statement_id are one denial relayed by several outlets (one voice). Empty when no editor has identified the statement.'),
});
export type DenialRow = z.infer<typeof DenialRow>;

export const EstimateRow = z.object({
  estimate_id: col.id('incident id, group and harm; or quarter, measure and category.'),
  incident_id: col.text('The incident, for an incident\'s count.'),
  quarter: col.text('The quarter, for a value of the quarterly series.'),
  measure: col.text(`What is counted: ${HARM_TYPES.join(', ')} for incidents; a measure for the quarterly series.`),
  group: col.oneOf(['civilians', 'people', 'series'] as const, 'civilians; people whose civilian status the sources do not state; series for the quarterly series.'),
  method: col.oneOf(ESTIMATE_METHODS, 'single, agreed, lead or envelope (see the quarterly table).'),
  text: col.text('The estimate as shown.'),
  claim_n: col.int('The claim\'s position among the estimate\'s claims (1, 2, …).'),
  claim_source_id: col.id('One claim behind the estimate: the article it is in.'),
  claim_report_id: col.id('The report the claim relays.'),
  claim_figure_id: col.text('The figure, for a figure.'),
  claim_by: col.text('Who makes the claim.'),
  claim_low: col.int('The claim\'s lowest value.'),
  claim_best: col.int('The claim\'s single figure, if it gives one.'),
  claim_high: col.int('The claim\'s highest value; empty when open-ended.'),
  claim_qualifier: col.oneOf(QUALIFIERS, 'The claim\'s own qualifier.'),
  claim_derived: col.bool('true when the claim is a number we computed.'),
  claim_used: col.bool('false when a more precise account of the same report superseded it, or when the editors\' lead was shown instead.'),
});
export type EstimateRow = z.infer<typeof EstimateRow>;

export const EVIDENCE_TABLES = [
  { name: 'reports', title: 'Reports', description: 'The findings behind the accounts: several outlets relaying one report are one voice.', row: ReportRow, primaryKey: ['report_id'] },
  { name: 'attributions', title: 'Attributions', description: 'Who attributes each incident to whom, in the source\'s own words and with its stance.', row: AttributionRow, primaryKey: ['claim_id', 'actor_id'] },
  { name: 'denials', title: 'Denials', description: 'Every denial and every record it reaches.', row: DenialRow, primaryKey: ['denial_id'] },
  { name: 'estimates', title: 'Claims behind each estimate', description: 'One row per claim behind every incident count and quarterly value, so any envelope can be checked claim by claim.', row: EstimateRow, primaryKey: ['estimate_id', 'claim_n'] },
] as const;
