import type { Count } from '../schema/count.ts';
import { formatCount, formatNumber } from '../format/count.ts';
import type { Estimate, EstimateClaim } from '../model/estimate.ts';
import { compare } from '../lib/compare.ts';
import { agree, highestStated, lowestStated, refines, sameCount } from './ranges.ts';

/** A claim offered to `estimate`: the EstimateClaim fields, plus the editor's lead reason if any. */
export type Stated = Omit<EstimateClaim, 'used'> & { lead: string | null };

/**
 * Turns every claim about one number into what the site shows, by the rules in
 * src/model/estimate.ts and the methodology page:
 * 1. Accounts of one report are one voice. Within it, an account that a more precise account of
 *    the same report refines is superseded ("more than 500" by 543); accounts left that differ
 *    disagree (512 vs 543), and the report's voice is their envelope.
 * 2. A claim an editor marked `lead` (with a reason) is shown, and every other claim listed.
 * 3. One voice is shown as it is; several reports stating the very same count agree.
 * 4. Otherwise the envelope: lowest stated value to highest, open-ended if any claim is, no best.
 * `name` says who a claim is from, for the rule's list ("MINUSMA via Reuters").
 */
export function estimate(stated: readonly Stated[], name: (c: Stated) => string): Estimate | null {
  if (stated.length === 0) return null;
  const claims = [...stated].sort((a, b) => compare(a.report_id, b.report_id) || compare(a.source_id, b.source_id) || compare(a.figure_id ?? '', b.figure_id ?? ''));
  const reportIds = [...new Set(claims.map((c) => c.report_id))];
  const list = (cs: readonly Stated[]) => cs.map((c) => `${name(c)}: ${formatCount(c.count)}`).join('; ');

  const leads = claims.filter((c) => c.lead !== null);
  if (leads.length === 1) {
    const lead = leads[0]!;
    const others = claims.filter((c) => c !== lead);
    return {
      ...lead.count,
      method: 'lead',
      text: formatCount(lead.count),
      rule: `The editors show ${name(lead)}'s number: ${lead.lead}${others.length ? ` Other claims: ${list(others)}.` : ''}`,
      accounts_disagree: disagreeWithinReport(claims),
      report_ids: reportIds,
      claims: claims.map((c) => toClaim(c, c === lead)),
    };
  }

  // 1. One voice per report: drop accounts a more precise account of the same report refines.
  const used = new Set<Stated>();
  let accountsDisagree = false;
  for (const id of reportIds) {
    const accounts = claims.filter((c) => c.report_id === id);
    const kept = accounts.filter((a) => !accounts.some((b) => b !== a && refines(b.count, a.count)));
    for (const k of kept) used.add(k);
    if (kept.some((a) => kept.some((b) => !agree(a.count, b.count)))) accountsDisagree = true;
  }
  const shown = claims.filter((c) => used.has(c));
  const superseded = claims.filter((c) => !used.has(c));
  const out = (count: Count, method: Estimate['method'], text: string, rule: string | null): Estimate => ({
    ...count,
    method,
    text,
    rule,
    accounts_disagree: accountsDisagree,
    report_ids: reportIds,
    claims: claims.map((c) => toClaim(c, used.has(c))),
  });
  const supersededNote = superseded.length ? ` Less precise accounts of the same report that agree with it: ${list(superseded)}.` : '';

  // 3. All shown claims state the very same count.
  if (shown.every((c) => sameCount(c.count, shown[0]!.count))) {
    const c = shown[0]!.count;
    if (reportIds.length === 1) return out(c, 'single', formatCount(c), supersededNote ? supersededNote.trim() : null);
    return out(c, 'agreed', formatCount(c), `${reportIds.length} reports state the same count: ${list(shown)}.${supersededNote}`);
  }

  // 4. The envelope of what the claims state.
  const lowEnd = shown.reduce((m, c) => (lowestStated(c.count) < lowestStated(m.count) ? c : m));
  const open = shown.filter((c) => highestStated(c.count) === null);
  const highEnd = open.length
    ? open.reduce((m, c) => (lowestStated(c.count) > lowestStated(m.count) ? c : m))
    : shown.reduce((m, c) => (highestStated(c.count)! > highestStated(m.count)! ? c : m));
  const low = lowestStated(lowEnd.count);
  const high = open.length ? null : highestStated(highEnd.count);
  const count: Count = open.length
    ? { qualifier: lowEnd.count.qualifier === 'more-than' ? 'more-than' : 'at-least', low, best: null, high: null }
    : { qualifier: 'between', low, best: null, high };
  const text =
    lowEnd === highEnd
      ? formatCount(lowEnd.count)
      : lowEnd.count.qualifier === 'exact' && highEnd.count.qualifier === 'exact'
        ? `${formatNumber(low)}–${formatNumber(high!)}`
        : `${formatCount(lowEnd.count)} to ${formatCount(highEnd.count)}`;
  const why = accountsDisagree ? 'Accounts of the same report give numbers that cannot both be right' : 'The sources give different numbers';
  return out(count, 'envelope', text, `${why}; shown from the lowest stated value to the highest, with no best estimate: ${list(shown)}.${supersededNote}`);
}

function disagreeWithinReport(claims: readonly Stated[]): boolean {
  return claims.some((a) => claims.some((b) => a.report_id === b.report_id && !agree(a.count, b.count)));
}

function toClaim(c: Stated, used: boolean): EstimateClaim {
  return { source_id: c.source_id, report_id: c.report_id, figure_id: c.figure_id, by: c.by, count: c.count, derived: c.derived, used };
}
