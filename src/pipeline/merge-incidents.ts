import { DATE_PRECISIONS } from '../schema/date.ts';
import { HARM_TYPES } from '../schema/measure.ts';
import type { ClaimRecord, HarmEstimates, IncidentRecord } from '../model/records.ts';
import { estimate, type Stated } from '../evidence/estimate.ts';
import { claimant, publisherNames } from '../evidence/names.ts';
import { problemAt } from './locate.ts';
import type { IncidentDraft } from './normalise.ts';
import type { Problem } from './problem.ts';
import { compare } from '../lib/compare.ts';

/**
 * Merges the same incident recorded by several articles into one record that keeps every
 * source's claims. Disagreements on date or place are warnings: the merged record takes the most
 * precise date (then the earliest-listed article) and the first article's place.
 */
export function mergeIncidents(drafts: readonly IncidentDraft[]): { incidents: IncidentRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const groups = new Map<string, IncidentDraft[]>();
  for (const d of drafts) {
    const list = groups.get(d.record.id) ?? [];
    const twin = list.find((o) => o.article.file === d.article.file);
    if (twin) {
      problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'id'], 'error', {
        message: `the incident id "${d.record.id}" is used twice in this article`,
        expected: 'each incident once per article',
        found: `a second "${d.record.id}" (the first is incidents[${twin.index}])`,
        hint: 'merge the two into one incident with several claims, or give the second its own id',
      }));
      continue;
    }
    list.push(d);
    groups.set(d.record.id, list);
  }

  const incidents: IncidentRecord[] = [];
  for (const [id, list] of [...groups].sort(([a], [b]) => compare(a, b))) {
    const first = list[0]!;
    const byPrecision = [...list].sort((a, b) => DATE_PRECISIONS.indexOf(a.record.date.precision) - DATE_PRECISIONS.indexOf(b.record.date.precision));
    for (const other of list.slice(1)) {
      const a = first.record;
      const b = other.record;
      // A disagreement either article acknowledges with a reason is recorded as stated, not warned on.
      const checked = acknowledges(other, first) || acknowledges(first, other);
      const overlap = a.date.start <= b.date.end && b.date.start <= a.date.end;
      if (!overlap && !checked) {
        problems.push(problemAt(other.article.parsed, ['incidents', other.index, 'date'], 'warning', {
          message: `incident "${id}" has a different date in ${first.article.file}`,
          expected: `a date within ${a.date.start} – ${a.date.end}`,
          found: `${b.date.start} – ${b.date.end}`,
          hint: 'check both sources: if they describe different events, give this one its own id',
        }));
      }
      if (a.place_id !== b.place_id && !checked) {
        problems.push(problemAt(other.article.parsed, ['incidents', other.index, 'place'], 'warning', {
          message: `incident "${id}" has a different place in ${first.article.file}`,
          expected: `"${a.place_id}"`,
          found: `"${b.place_id}"`,
          hint: 'check both sources: if they describe different events, give this one its own id',
        }));
      }
    }
    const claims = list.flatMap((d) => d.record.claims);
    problems.push(...duplicateClaimIds(id, list));
    const attributions = claims.flatMap((c) => c.attributions.map((a) => ({ claim_id: c.id, source_id: c.source_id, report_id: c.report_id, by: c.by, ...a })));
    // An actor is the incident's perpetrator only if some source holds it responsible: never by
    // union with a name no source used, never from a source's report of a denial.
    const responsible = attributions.filter((a) => a.stance !== 'denied');
    const names = publisherNames(list.map((d) => d.article));
    incidents.push({
      ...first.record,
      date: byPrecision[0]!.record.date,
      // The note explains the date it came with: never pair one source's date with another's note.
      date_note: byPrecision[0]!.record.date_note,
      perpetrator_ids: [...new Set(responsible.map((a) => a.actor_id))].sort(),
      perpetrator_categories: [...new Set(responsible.map((a) => a.category))].sort(),
      attributions,
      same_victims_as: list.map((d) => d.record.same_victims_as).find((v) => v !== null) ?? null,
      claims,
      counts: harmEstimates(claims, 'civilians', names),
      people_counts: harmEstimates(claims, 'people', names),
      // Denials are resolved once every record exists (src/pipeline/denials.ts); until then a
      // counter-claim makes an incident contested.
      status: claims.some((c) => c.kind === 'counter-claim') ? 'contested' : 'reported',
      denials: [],
      report_ids: [...new Set(claims.filter((c) => c.kind === 'report').map((c) => c.report_id))].sort(),
      source_ids: [...new Set(list.map((d) => d.article.data.id))].sort(),
    });
    problems.push(...leadProblems(id, list));
  }
  return { incidents, problems };
}

/** Whether `d`'s incident acknowledges, with a reason, a disagreement with `other`'s article. */
function acknowledges(d: IncidentDraft, other: IncidentDraft): boolean {
  return (d.article.data.incidents?.[d.index]?.acknowledged ?? []).some((k) => k.with === other.article.data.id);
}

/**
 * Estimates per harm from every claim counting that group: reports and counter-claims alike (a
 * government's 132 and a local source's 195 both stand), never denials, and never claims about
 * another group: civilians are never summed with people of unstated status or with combatants.
 */
function harmEstimates(claims: readonly ClaimRecord[], group: 'civilians' | 'people', names: ReadonlyMap<string, string>): HarmEstimates {
  const out: HarmEstimates = {};
  const counting = claims.filter((c) => c.kind !== 'denial' && c.counts_of === group);
  for (const harm of HARM_TYPES) {
    const stated: Stated[] = counting.flatMap((c) => {
      const count = c.counts[harm];
      return count ? [{ source_id: c.source_id, report_id: c.report_id, figure_id: null, by: c.by, count, derived: false, lead: c.lead }] : [];
    });
    const e = estimate(stated, (c) => claimant(c.by, names.get(c.source_id)));
    if (e) out[harm] = e;
  }
  return out;
}

function duplicateClaimIds(id: string, list: readonly IncidentDraft[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const d of list) {
    for (const [k, c] of (d.article.data.incidents?.[d.index]?.claims ?? []).entries()) {
      if (!c.id) continue;
      const where = seen.get(c.id);
      if (where) {
        problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'claims', k, 'id'], 'error', {
          message: `the claim id "${c.id}" is already used in incident "${id}"`,
          expected: 'claim ids unique within an incident, across all articles',
          found: `"${c.id}", also in ${where}`,
          hint: 'add the source to the id, e.g. ohchr-killed',
        }));
      } else seen.set(c.id, d.article.file);
    }
  }
  return problems;
}

/** Two claims marked as leading for the same harm cannot both lead: the editor must choose. */
function leadProblems(id: string, list: readonly IncidentDraft[]): Problem[] {
  const problems: Problem[] = [];
  for (const harm of HARM_TYPES) {
    const leads = list.flatMap((d) => (d.article.data.incidents?.[d.index]?.claims ?? []).flatMap((c, k) => (c.lead && c.counts?.[harm] ? [{ d, k }] : [])));
    for (const { d, k } of leads.slice(1)) {
      problems.push(problemAt(d.article.parsed, ['incidents', d.index, 'claims', k, 'lead'], 'error', {
        message: `two claims lead the "${harm}" count of incident "${id}"`,
        expected: 'at most one claim with lead per count',
        found: `a second lead (the first is in ${leads[0]!.d.article.file})`,
        hint: 'keep the lead on the claim whose number the site should show, or remove both to show the range',
      }));
    }
  }
  return problems;
}
