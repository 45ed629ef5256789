import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { MEASURE_UNITS, type Measure } from '../../schema/measure.ts';
import { formatCount } from '../../format/count.ts';
import { quarterLabel } from '../common.ts';
import { compare } from '../../lib/compare.ts';
import { denialKey, denialVoices, voiceLabel } from '../../model/denial-voices.ts';
import type { CasualtyRow } from './rows.ts';

const NOUN: Partial<Record<Measure, string>> = { killed: 'civilians killed', victims: 'civilian victims' };

/**
 * The chart's one-line takeaway, computed from the same rows and flags as its table: it travels
 * into embeds, PNG/SVG downloads and the SVG's description, so it must never call a derived
 * number reported, count a derived number as a report, or show a denied number without its
 * denial. The peak is taken over numbers a source states, never over a sum or a derivation.
 */
export function casualtyTakeaway(rows: readonly CasualtyRow[], measure: Measure, category: SeriesCategory | null): string {
  const noun = NOUN[measure] ?? MEASURE_UNITS[measure];
  const quarters = new Set(rows.map((r) => r.quarter));
  if (quarters.size === 0) return `No quarterly figures for ${noun} yet.`;
  const who = category ? `${SERIES_LABELS[category]}: ` : '';
  const shown = rows.filter((r) => r.count && (category ? r.role === 'segment' : r.role === 'total' || r.role === 'total-only'));
  const stated = shown.filter((r) => r.basis === 'reported');
  const statedQuarters = new Set(rows.filter((r) => r.count && r.basis === 'reported').map((r) => r.quarter)).size;
  const onlyDerived = [...quarters].filter((q) => rows.some((r) => r.quarter === q && r.count) && !rows.some((r) => r.quarter === q && r.count && r.basis === 'reported')).length;
  const coverage = quarters.size === 1
    ? `The one quarter shown has ${statedQuarters ? 'a number a source states' : 'only numbers this site derived, flagged'}.`
    : `${statedQuarters} of the ${quarters.size} quarters shown ${statedQuarters === 1 ? 'has a number a source states' : 'have numbers a source states'}${onlyDerived ? `; ${onlyDerived} more ${onlyDerived === 1 ? 'has' : 'have'} only numbers this site derived, flagged` : ''}.`;
  const sentences: string[] = [];
  if (stated.length) {
    const top = stated.reduce((a, b) => (b.drawn! > a.drawn! ? b : a));
    const how = top.method === 'envelope' ? ' (sources disagree: lowest to highest stated value)' : '';
    sentences.push(`${who}${category ? 't' : 'T'}he highest quarter a source states is ${quarterLabel(top.quarter)}, with ${formatCount(top.count!)} ${noun}${how}${top.credit ? `, according to ${top.credit}` : ''}.`);
  } else if (shown.length) {
    sentences.push(`${who}No quarter has a number a source states for ${category ? 'this category' : 'all perpetrators'}; every value shown is derived by this site, flagged.`);
  }
  if (!category) {
    const largest = largestShare(rows);
    if (largest) sentences.push(largest);
  }
  sentences.push(coverage);
  // One sentence per voice: outlets relaying one statement are one denial (src/model/denial-voices.ts),
  // named over every row so a row reached by only one outlet's account does not split the voice.
  const denied = rows.filter((r) => r.denials.length);
  for (const voice of denialVoices(denied.flatMap((r) => r.denials))) {
    const mine = new Set(voice.denials.map(denialKey));
    const where = [...new Set(denied.filter((r) => r.denials.some((d) => mine.has(denialKey(d)))).map((r) => `${r.perpetrator_category ? `${SERIES_LABELS[r.perpetrator_category as SeriesCategory].toLowerCase()} in ` : ''}${quarterLabel(r.quarter)}`))];
    sentences.push(`${voiceLabel(voice)} denies the numbers for ${where.join(', ')}.`);
  }
  const redefined = [...new Set(rows.filter((r) => r.definition).map((r) => quarterLabel(r.quarter)))];
  if (redefined.length) sentences.push(`${redefined.join(', ')} ${redefined.length === 1 ? 'counts' : 'count'} by a different definition and ${redefined.length === 1 ? 'is' : 'are'} not comparable like for like.`);
  const over = [...new Set(rows.filter((r) => r.parts_exceed_total).map((r) => quarterLabel(r.quarter)))];
  if (over.length) sentences.push(`In ${over.join(', ')} the parts, from another account, add up to more than the total drawn.`);
  return sentences.join(' ');
}

/** Which category most often has the largest part a source states of a broken-down quarter. */
function largestShare(rows: readonly CasualtyRow[]): string {
  const wins = new Map<SeriesCategory, number>();
  let broken = 0;
  for (const q of new Set(rows.map((r) => r.quarter))) {
    const parts = rows.filter((r) => r.quarter === q && r.role === 'segment' && r.perpetrator_category !== 'unattributed');
    if (parts.length === 0) continue;
    broken++;
    const top = parts.reduce((a, b) => (b.drawn! > a.drawn! ? b : a));
    const c = top.perpetrator_category as SeriesCategory;
    wins.set(c, (wins.get(c) ?? 0) + 1);
  }
  if (broken === 0) return '';
  const [cat, n] = [...wins].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]!;
  const derived = rows.some((r) => r.role === 'segment' && r.perpetrator_category === cat && r.basis === 'derived');
  const where = n === broken ? (broken === 1 ? 'the one quarter' : `all ${broken} quarters`) : `${n} of the ${broken} quarters`;
  return `${SERIES_LABELS[cat]} are the largest attributed part in ${where} broken down by perpetrator${derived ? ' (some parts derived from shares, flagged)' : ''}.`;
}
