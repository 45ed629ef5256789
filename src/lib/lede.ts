import type { SiteData } from '../model/records.ts';
import { allHeadlines, type Headline } from './headlines.ts';
import { quarterLabel } from './phrases.ts';

/**
 * The home page's lede: two sentences written from the data, never by hand, so they cannot go
 * stale. The first gives the newest findings on record, the second where the quarterly chart
 * ends and what its latest quarter says. Every number is one source's claim as it states it (or
 * the data step's labelled envelope of several), named with whose finding it is; a derived number
 * says so and a denial goes with the number it covers. Pure: test/lib/lede.test.ts.
 */
export function lede(data: SiteData): string[] {
  const all = allHeadlines(data);
  if (all.length === 0) return ['No findings are on record yet.'];
  const newest = all.filter((h) => h.group === all[0]!.group).slice(0, 2);
  const quarters = [...new Set(data.quarterly.map((r) => r.quarter))].sort();
  const sentences = [`The newest findings on record come from ${newest[0]!.credit}: ${newest.map((h, i) => finding(h, i > 0 && h.what === newest[0]!.what)).join(' and ')}.`];
  if (quarters.length) {
    const first = quarterLabel(quarters[0]!);
    const last = quarters.at(-1)!;
    const range = first === quarterLabel(last) ? `covers ${first}` : `runs from ${first} to ${quarterLabel(last)}`;
    const latest = all.find((h) => h.group === `quarter:${last}`);
    sentences.push(
      latest && newest[0]!.group !== latest.group
        ? `The quarterly chart ${range}, when ${latest.credit} reported ${finding({ ...latest, when: '' })}.`
        : `The quarterly chart ${range}.`,
    );
  }
  return sentences;
}

/**
 * "at least 47 civilians killed by extremist armed groups (June–December 2024; derived: …; denied
 * by X)"; `short` leaves out what is counted when the sentence has just said it ("and at least 32
 * by state forces"). A period that starts with "in" is part of the phrase, not a note.
 */
function finding(h: Headline, short = false): string {
  const inline = h.when.startsWith('in ');
  const notes = [...(h.when && !inline ? [h.when] : []), ...(h.derived ? ['derived: computed, not stated'] : []), ...h.caveats];
  const who = h.who.startsWith('by ') ? ` ${h.who}` : `, ${h.who}`;
  return `${h.number}${short ? '' : ` ${h.what}`}${inline ? ` ${h.when}` : ''}${who}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}
