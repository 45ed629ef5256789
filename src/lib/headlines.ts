import type { Estimate } from '../model/estimate.ts';
import type { DenialRecord, FigureRecord, QuarterlyRecord, SiteData } from '../model/records.ts';
import { denierNames } from '../model/denial-voices.ts';
import { CATEGORY_IDS, SERIES_LABELS, type SeriesCategory } from '../schema/category.ts';
import { MEASURE_IDS, MEASURE_LABELS, type Measure } from '../schema/measure.ts';
import { formatCount } from '../format/count.ts';
import { formatSpan } from '../format/date.ts';
import { listText, monthSpan, quarterEnd, quarterLabel } from './phrases.ts';

/**
 * The home page's findings, newest first: what the latest reports on record say, each number
 * exactly as one source states it (or the envelope the data step made of several), with whose
 * finding it is, whether it is derived, and every caveat that must travel with it (denials,
 * disagreeing sources, a different definition). Pure: it reads only the data it is given, so
 * test/lib/headlines.test.ts checks it on hand-made data.
 */
export type Headline = {
  /** The count in words with its own bound ("at least 32"), or an envelope's words. */
  number: string;
  /** What it counts: "civilians killed". */
  what: string;
  /** By whom, as a phrase: "by state forces", "all perpetrators together". */
  who: string;
  /** The period it covers: "Q4 2022", "May 2024 – December 2024". */
  when: string;
  /** "civilians killed by state forces, May 2024 – December 2024" (what, who, when). */
  label: string;
  href: string;
  derived: boolean;
  /** Whose finding: the report's maker (accounts of one report are one voice). */
  credit: string;
  caveats: string[];
  /** The report (or, for a quarter of the series, `quarter:YYYY-Qn`): at most a few headlines each. */
  group: string;
  measure: Measure;
  /** The last day of the period, for ordering newest first. */
  end: string;
};

const measureRank = (m: string) => MEASURE_IDS.indexOf(m as (typeof MEASURE_IDS)[number]);
/** All perpetrators first, then the categories in their usual order, then the remainder. */
const seriesRank = (c: SeriesCategory) => (c === 'all' ? -1 : c === 'unattributed' ? 99 : CATEGORY_IDS.indexOf(c));

export function whoPhrase(category: SeriesCategory, actorName: string | null): string {
  if (actorName) return `by ${actorName}`;
  if (category === 'all') return 'all perpetrators together';
  if (category === 'unattributed') return SERIES_LABELS.unattributed.toLowerCase();
  return `by ${SERIES_LABELS[category].toLowerCase()}`;
}

/** The words that must travel with a number: who denies it, how it was made when not one claim. */
export function caveatsOf(denials: readonly DenialRecord[], count: Estimate | null, definition: string | null): string[] {
  return [
    ...(count?.method === 'envelope' ? ['sources disagree: lowest to highest stated value'] : []),
    ...(count?.method === 'lead' ? ['sources disagree: the editors chose this account'] : []),
    ...(count?.accounts_disagree ? ['accounts of one report give different numbers'] : []),
    ...(definition ? [`counted by a different definition: ${definition}`] : []),
    ...denierNames(denials).map((by) => `denied by ${by}`),
  ];
}

/** One headline per quarter of the series: its total for all perpetrators in the first measure that has one. */
function quarterHeadlines(data: SiteData): Headline[] {
  const byQuarter = new Map<string, QuarterlyRecord[]>();
  for (const r of data.quarterly) byQuarter.set(r.quarter, [...(byQuarter.get(r.quarter) ?? []), r]);
  return [...byQuarter].map(([q, rows]) => {
    const r = [...rows].sort((a, b) => seriesRank(a.perpetrator_category) - seriesRank(b.perpetrator_category) || measureRank(a.measure) - measureRank(b.measure))[0]!;
    const credit = listText([...new Set(r.count.claims.filter((c) => c.used).map((c) => c.by))]);
    const what = MEASURE_LABELS[r.measure].toLowerCase();
    const who = whoPhrase(r.perpetrator_category, null);
    const when = quarterLabel(q);
    return {
      number: formatCount(r.count),
      what,
      who,
      when,
      label: `${what}, ${who}, in ${when}`,
      href: `/quarters/${q}/`,
      derived: r.basis === 'derived',
      credit: credit || 'the sources listed on the quarter’s page',
      caveats: caveatsOf(r.denials, r.count, r.definition),
      group: `quarter:${q}`,
      measure: r.measure,
      end: quarterEnd(q),
    };
  });
}

/**
 * Figures outside the quarterly series (a report's findings for "since May", a half-year, a
 * region), one per finding: several accounts of one report stating it are one voice, so they
 * make one headline (and their numbers are all listed when they differ).
 */
function periodHeadlines(data: SiteData): Headline[] {
  const inSeries = new Set(data.quarterly.flatMap((r) => r.figure_ids));
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const groups = new Map<string, FigureRecord[]>();
  for (const f of data.figures) {
    if (f.count === null || inSeries.has(f.id)) continue;
    const key = [f.report_id, f.period.start, f.period.end, f.measure, f.perpetrator_category, f.perpetrator_id, f.where.join('+')].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((list) => {
    const fs = [...list].sort((a, b) => Number(a.derived) - Number(b.derived) || a.id.localeCompare(b.id));
    const f = fs[0]!;
    const texts = [...new Set(fs.map((x) => formatCount(x.count!)))];
    const actor = f.perpetrator_id && f.perpetrator_id !== 'all' ? (actors.get(f.perpetrator_id)?.name ?? null) : null;
    const what = MEASURE_LABELS[f.measure].toLowerCase();
    const who = whoPhrase(f.perpetrator_category, actor);
    const span = f.period.precision === 'month' || f.period.precision === 'quarter' ? monthSpan(f.period.start, f.period.end) : formatSpan(f.period);
    const when = span + (f.where.length ? ' (part of the country)' : '');
    const publisher = (id: string) => sources.get(id)?.publisher ?? 'another outlet';
    return {
      number: formatCount(f.count!),
      what,
      who,
      when,
      label: `${what}${who.startsWith('by ') ? ' ' : ', '}${who}, ${when}`,
      href: `/articles/${f.source_id}/`,
      derived: f.derived,
      credit: reports.get(f.report_id)?.by ?? publisher(f.source_id),
      caveats: [
        ...(texts.length > 1 ? [accountsDiffer(fs.map((x) => ({ number: formatCount(x.count!), publisher: publisher(x.source_id) })))] : []),
        ...caveatsOf([...new Map(fs.flatMap((x) => x.denials).map((d) => [`${d.by}|${d.statement}`, d])).values()], null, f.definition),
      ],
      group: f.report_id,
      measure: f.measure,
      end: f.period.end,
    };
  });
}

/**
 * "accounts of this report differ: 1,277 in Jowhar (jowhar.com) and in La DH (dhnet.be), Belga
 * wire; at least 1,277 in Atoo (atoo.ci)": each number once, as stated, with every outlet that
 * gives it. Publishers' names often carry their own brackets, so they are never put in brackets
 * again (the old "1,277 (La DH (dhnet.be), Belga wire)" nested them).
 */
export function accountsDiffer(accounts: readonly { number: string; publisher: string }[]): string {
  const byNumber = new Map<string, string[]>();
  for (const a of accounts) byNumber.set(a.number, [...new Set([...(byNumber.get(a.number) ?? []), a.publisher])]);
  return `accounts of this report differ: ${[...byNumber].map(([n, names]) => `${n} in ${names.join(' and in ')}`).join('; ')}`;
}

/**
 * Whose finding it is, then each caveat as a sentence of its own: "MINUSMA. Accounts of this report
 * differ: …. Denied by Mali's authorities." Plain sentences instead of one bracket holding them all,
 * which nested brackets when a name had its own; nothing is left out (every name, number, denial).
 */
export function creditText(h: Pick<Headline, 'credit' | 'caveats'>): string {
  const sentence = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
  return [h.credit, ...h.caveats].map(sentence).join(' ');
}

/** Newest period first; within one report, people killed first, then the other measures in their usual order. */
export function allHeadlines(data: SiteData): Headline[] {
  return [...quarterHeadlines(data), ...periodHeadlines(data)].sort(
    (a, b) => b.end.localeCompare(a.end) || a.group.localeCompare(b.group) || measureRank(a.measure) - measureRank(b.measure) || a.label.localeCompare(b.label),
  );
}

/**
 * The newest findings, at most `perGroup` from one report (or quarter) so one report does not fill
 * the list, and `limit` in all: the home page stays the same size however large the archive grows.
 */
export function headlines(data: SiteData, limit = 4, perGroup = 2): Headline[] {
  const out: Headline[] = [];
  const taken = new Map<string, number>();
  for (const h of allHeadlines(data)) {
    if (out.length >= limit) break;
    const n = taken.get(h.group) ?? 0;
    if (n >= perGroup) continue;
    taken.set(h.group, n + 1);
    out.push(h);
  }
  return out;
}
