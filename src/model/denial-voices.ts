import { compare } from '../lib/compare.ts';
import type { DenialRecord } from './records.ts';

/**
 * Who denies, one voice per statement. Several outlets relaying one statement are one voice, as
 * several accounts of one report are: denials sharing a `statement_id` (src/schema/denial.ts) are
 * named once. A denial without one stands on its own; denials without one that name the denier
 * the same way read as one name, as they always have.
 *
 * The voice is named by a name a source used, never one we made up: the name most of its
 * accounts use (ties: the first in code-unit order, so the choice is stable), with every other
 * name the sources used kept visible: "Mali's Ministry of Foreign Affairs (also reported as
 * “Mali's foreign ministry”)".
 */
export type DenialVoice = {
  /** The statement id, or `by:<name>` for denials without one. */
  key: string;
  name: string;
  /** The other names the accounts give the same denier, in code-unit order. */
  also: string[];
  /** Its denials, each once (by value: see denialKey). */
  denials: DenialRecord[];
};

/**
 * One denial's identity by value: records read back from the site data's JSON are copies, so the
 * same denial reaching two records is two objects there.
 */
export function denialKey(d: DenialRecord): string {
  return JSON.stringify([d.source_id, d.scope, d.report_id, d.by, d.by_actor, d.date?.start ?? null, d.date?.end ?? null, d.against, d.statement, d.statement_id]);
}

export function denialVoices(denials: readonly DenialRecord[]): DenialVoice[] {
  const groups = new Map<string, DenialRecord[]>();
  const seen = new Set<string>();
  for (const d of denials) {
    const k = denialKey(d);
    if (seen.has(k)) continue;
    seen.add(k);
    const key = d.statement_id ? `statement:${d.statement_id}` : `by:${d.by}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  const voices = [...groups].map(([key, ds]) => {
    const uses = new Map<string, number>();
    for (const d of ds) uses.set(d.by, (uses.get(d.by) ?? 0) + 1);
    const names = [...uses].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([n]) => n);
    return { key, name: names[0]!, also: names.slice(1).sort(compare), denials: ds };
  });
  return voices.sort((a, b) => compare(voiceLabel(a), voiceLabel(b)));
}

/** One voice in words: its name, and the other names its accounts use. */
export function voiceLabel(v: Pick<DenialVoice, 'name' | 'also'>): string {
  return v.also.length ? `${v.name} (also reported as ${v.also.map((n) => `“${n}”`).join(', ')})` : v.name;
}

/** Who denies, one entry per voice, in a stable order: for "Denied by …" lists and `denied_by` cells. */
export function denierNames(denials: readonly DenialRecord[]): string[] {
  return [...new Set(denialVoices(denials).map(voiceLabel))];
}
