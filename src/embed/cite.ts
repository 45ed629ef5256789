import { SITE_NAME } from '../lib/site.ts';

/**
 * What a chart's citation and credit must carry besides its title: whether any value drawn is
 * derived by this site (not stated by a source) and who denies any of its numbers. Read from the
 * chart's CSV records, the rows the geometry draws (`basis`, `denied_by` columns), so the flags
 * travel wherever the chart does: the "Cite this" block, the embed's credit, the downloads.
 */
export type ChartFlags = { derived: boolean; deniedBy: string[] };

export function chartFlags(records: readonly Record<string, string | number>[]): ChartFlags {
  const derived = records.some((r) => r.basis === 'derived');
  const deniedBy = new Set<string>();
  for (const r of records) {
    const by = r.denied_by;
    if (typeof by === 'string') for (const who of by.split(';').map((s) => s.trim()).filter(Boolean)) deniedBy.add(who);
  }
  return { derived, deniedBy: [...deniedBy].sort((a, b) => a.localeCompare(b, 'en')) };
}

/** One or two sentences, or '' when nothing is derived or denied. */
export function flagSentence(flags: ChartFlags): string {
  const parts: string[] = [];
  if (flags.derived) parts.push('Some values are derived by this site, not stated by a source (flagged in the chart).');
  if (flags.deniedBy.length) parts.push(`Numbers in this chart are denied by ${flags.deniedBy.join('; ')}.`);
  return parts.join(' ');
}

export type CitationInput = {
  title: string;
  /** The chart's stable, absolute address (with its state). */
  url: string;
  /** The published data set's version (src/embed/data-version.ts). */
  dataVersion: string;
  /** "2 November 2026". */
  updated: string;
  flags: ChartFlags;
};

/** A plain-text citation: who, what, which data, flags, where. No access date: the reader adds theirs. */
export function citation(c: CitationInput): string {
  const flags = flagSentence(c.flags);
  return `${SITE_NAME}, “${c.title}”, chart, data version ${c.dataVersion} (data last updated ${c.updated}).${flags ? ` ${flags}` : ''} ${c.url}`;
}
