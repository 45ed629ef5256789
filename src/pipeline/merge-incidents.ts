import { DATE_PRECISIONS } from '../schema/date.ts';
import { HARM_TYPES } from '../schema/measure.ts';
import type { HarmCounts, IncidentRecord } from '../model/records.ts';
import { combineCounts } from './combine-counts.ts';
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
      const overlap = a.date.start <= b.date.end && b.date.start <= a.date.end;
      if (!overlap) {
        problems.push(problemAt(other.article.parsed, ['incidents', other.index, 'date'], 'warning', {
          message: `incident "${id}" has a different date in ${first.article.file}`,
          expected: `a date within ${a.date.start} – ${a.date.end}`,
          found: `${b.date.start} – ${b.date.end}`,
          hint: 'check both sources: if they describe different events, give this one its own id',
        }));
      }
      if (a.place_id !== b.place_id) {
        problems.push(problemAt(other.article.parsed, ['incidents', other.index, 'place'], 'warning', {
          message: `incident "${id}" has a different place in ${first.article.file}`,
          expected: `"${a.place_id}"`,
          found: `"${b.place_id}"`,
          hint: 'check both sources: if they describe different events, give this one its own id',
        }));
      }
    }
    const claims = list.flatMap((d) => d.record.claims);
    const perpetratorIds = [...new Set(list.flatMap((d) => d.record.perpetrator_ids))].sort();
    const categories = [...new Set(list.flatMap((d) => d.record.perpetrator_categories))].sort();
    incidents.push({
      ...first.record,
      date: byPrecision[0]!.record.date,
      // The note explains the date it came with: never pair one source's date with another's note.
      date_note: byPrecision[0]!.record.date_note,
      perpetrator_ids: perpetratorIds,
      perpetrator_categories: categories,
      same_victims_as: list.map((d) => d.record.same_victims_as).find((v) => v !== null) ?? null,
      claims,
      counts: civilianCounts(claims),
      status: claims.some((c) => c.kind === 'denial') ? 'denied' : claims.some((c) => c.kind === 'counter-claim') ? 'contested' : 'reported',
      source_ids: [...new Set(list.map((d) => d.article.data.id))].sort(),
    });
  }
  return { incidents, problems };
}

/** Only reports of harm to civilians (or unspecified people) count; counter-claims about combatants never do. */
function civilianCounts(claims: IncidentRecord['claims']): HarmCounts {
  const out: HarmCounts = {};
  const reports = claims.filter((c) => c.kind === 'report' && (c.counts_of === 'civilians' || c.counts_of === 'people'));
  for (const harm of HARM_TYPES) {
    const combined = combineCounts(reports.map((c) => c.counts[harm]).filter((c) => c !== undefined));
    if (combined) out[harm] = combined;
  }
  return out;
}
