import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { MEASURE_UNITS, type Measure } from '../../schema/measure.ts';
import { formatCount } from '../../format/count.ts';
import { quarterLabel } from '../common.ts';
import { compare } from '../../lib/compare.ts';
import type { CasualtyRow } from './rows.ts';

const NOUN: Partial<Record<Measure, string>> = { killed: 'civilians killed', victims: 'civilian victims' };

/** One sentence computed from the rows: the peak quarter as reported, and how many quarters have data. */
export function casualtyTakeaway(rows: readonly CasualtyRow[], measure: Measure, category: SeriesCategory | null): string {
  const noun = NOUN[measure] ?? MEASURE_UNITS[measure];
  const quarters = new Set(rows.map((r) => r.quarter));
  if (quarters.size === 0) return `No quarterly figures for ${noun} yet.`;
  // The peak is taken over what a source reported for the whole quarter (a total, or this
  // category's number): never over a sum this site computed.
  const peaks = rows.filter((r) =>
    category ? r.role === 'segment' : r.role === 'total' || r.role === 'total-only',
  );
  const withData = new Set(rows.filter((r) => r.count).map((r) => r.quarter)).size;
  const coverage = `${withData} of ${quarters.size} quarter${quarters.size === 1 ? '' : 's'} shown ${withData === 1 ? 'has' : 'have'} a report`;
  if (peaks.length === 0) return `${coverage}; none gives a total for all perpetrators.`;
  const top = peaks.reduce((a, b) => (b.drawn! > a.drawn! ? b : a));
  const who = category ? `${SERIES_LABELS[category]}: ` : '';
  const largest = category ? '' : largestShare(rows);
  return `${who}${category ? 't' : 'T'}he highest reported quarter is ${quarterLabel(top.quarter)}, with ${formatCount(top.count!)} ${noun}.${largest} ${coverage}.`;
}

/** Which category most often has the largest attributed part of a broken-down quarter. */
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
  const where = n === broken ? (broken === 1 ? 'the one quarter' : `all ${broken} quarters`) : `${n} of the ${broken} quarters`;
  return ` ${SERIES_LABELS[cat]} are the largest attributed part in ${where} broken down by perpetrator.`;
}
