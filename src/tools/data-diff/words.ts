import { formatCount } from '../../format/count.ts';
import type { AttributionRecord, ClaimRecord, DenialRecord, HarmCounts, HarmEstimates } from '../../model/records.ts';
import type { Estimate } from '../../model/estimate.ts';
import type { Count } from '../../schema/count.ts';

/** The record fields a reviewer reads, in words: counts as their sources state them, never merged. */

export const countText = (c: Count | null) => (c ? formatCount(c) : 'no count');

/** An estimate with how it was made: "512–543 (envelope)", "543 (single)". */
export const estimateText = (e: Estimate) => `${formatCount(e)} (${e.method})`;

export const span = (s: { start: string; end: string }) => (s.start === s.end ? s.start : `${s.start} – ${s.end}`);

export const list = (xs: readonly string[], none = 'none') => (xs.length ? xs.join(', ') : none);

/** "killed at least 500, injured 12" for one claim's counts. */
export function countsText(c: HarmCounts): string {
  return list(Object.entries(c).map(([harm, n]) => `${harm} ${formatCount(n!)}`), 'no count');
}

/** "killed 512–543 (envelope)" for a record's estimates. */
export function estimatesText(e: HarmEstimates): string {
  return list(Object.entries(e).map(([harm, n]) => `${harm} ${estimateText(n!)}`), 'no count');
}

/** `fama ("Malian troops", alleged)`: the actor, the source's own words and its stance. */
export function attributionText(a: AttributionRecord): string {
  return `${a.actor_id} ("${a.as_named}", ${a.stance})`;
}

/** Who denies, and from which article: "The foreign ministry (ministry-denial)". */
export function denialsText(ds: readonly DenialRecord[]): string {
  return list([...new Set(ds.map((d) => `${d.by} (${d.source_id})`))].sort());
}

/** One claim as its source states it: "report by UN rights office: killed at least 500 (civilians)". */
export function claimSummary(c: ClaimRecord): string {
  const counts = Object.keys(c.counts).length ? `: ${countsText(c.counts)}${c.counts_of ? ` (${c.counts_of})` : ''}` : '';
  const about = c.about_claims.length ? ` of ${c.about_claims.join(', ')}` : c.figure_ids.length ? ` about ${c.figure_ids.join(', ')}` : '';
  const attributes = c.attributions.length ? `; attributes to ${c.attributions.map(attributionText).join(', ')}` : '';
  const denied = c.denied_by.length ? `; denied by ${denialsText(c.denied_by)}` : '';
  // A claim without numbers (a denial) is its statement.
  const says = Object.keys(c.counts).length ? '' : `: "${c.statement}"`;
  return `${c.kind} by ${c.by}${about}${counts}${says}${attributes}${denied}`;
}

/** A claim's fields, for "changed" rows. */
export function claimFields(c: ClaimRecord): Record<string, string> {
  return {
    kind: c.kind,
    by: c.by,
    counts: countsText(c.counts),
    counts_of: c.counts_of ?? '—',
    report: c.report_id,
    attributes: list(c.attributions.map(attributionText)),
    about: list([...c.about_claims, ...c.figure_ids]),
    lead: c.lead ?? '—',
    'denied by': denialsText(c.denied_by),
    statement: c.statement,
  };
}
