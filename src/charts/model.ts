import { neutraliseFormula } from '../lib/csv-cell.ts';
import { csvFormat } from 'd3-dsv';
import type { SiteData } from '../model/records.ts';
import { formatNumber } from '../format/count.ts';

/**
 * Which chart, with which parameters: each kind defines its own spec (src/charts/<kind>/kind.ts)
 * and the registry's ChartSpec is their union; one spec per page/embed/CSV.
 */
export type BaseSpec = {
  id: string;
  kind: string;
  /** Other measures of the same chart, offered by the measure switch. */
  alternates: string[];
};

/** `author` is who issued the findings (MINUSMA, Human Rights Watch) when not the publisher. */
export type ChartSource = { id: string; title: string; publisher: string; author: string | null; href: string };

/** Everything around the drawing: words, sources, table and CSV, computed from the data. */
export type ChartModel<S extends BaseSpec = BaseSpec, D = unknown> = {
  spec: S;
  title: string;
  /** One sentence computed from the data, never typed by hand. */
  takeaway: string;
  /** The accessible description (the SVG's <desc>). */
  description: string;
  notes: string[];
  sources: ChartSource[];
  updated: string;
  table: {
    caption: string;
    columns: string[];
    rows: string[][];
    /**
     * The accounts behind each row, parallel to `rows` (the same words are in the row's "Sources"
     * cell): a component may link them. Empty for a row no report covers.
     */
    rowSources?: ChartSource[][];
    /**
     * Parallel to `rows`: for a row that counts its accounts instead of naming them (more than
     * ROW_SOURCES_NAMED), the page that lists each of them, which its header links to; else null.
     */
    rowHrefs?: (string | null)[];
  };
  /** The CSV records: exactly the rows the geometry draws. */
  csvRecords: Record<string, string | number>[];
  /** The CSV header, in order: written even when there are no rows, so no download is ever empty. */
  csvColumns: string[];
  csvPath: string;
  /** What the kind's geometry is computed from: the same rows as the CSV. */
  drawing: D;
};

/**
 * A chart's CSV: the header, then one line per record. With no records it is the header alone:
 * a chart with nothing to draw yet is still published (its page says so), and its download must
 * say which columns it will have, never be an empty file (issue 16).
 */
export function toCsv(records: readonly Record<string, string | number>[], columns: readonly string[]): string {
  // Text a spreadsheet would run as a formula is neutralised, as in the public tables.
  const safe = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v])));
  return csvFormat(safe as Record<string, string | number>[], [...columns]) + '\n';
}

/** A chart model's CSV file (the chart page's and the download's: the same bytes). */
export function chartCsv(model: Pick<ChartModel, 'csvRecords' | 'csvColumns'>): string {
  return toCsv(model.csvRecords, model.csvColumns);
}

/**
 * A table row names its accounts one by one up to this many; beyond it, the row counts them by
 * publisher and says where each is listed. A row of the quarterly chart rests on every account of
 * its quarter, so naming them all made the chart page grow with the archive (64 KB at 10,000
 * synthetic articles against a 60 KB budget; issue 16).
 */
export const ROW_SOURCES_NAMED = 8;

/**
 * A row's sources in words, as the chart's source line names them: "Title (Publisher); …"; past
 * ROW_SOURCES_NAMED, "25 accounts, listed one by one on <listedOn>: AFP (2); OHCHR; …" (every
 * publisher, with how many of its accounts when more than one). `listedOn` names the page that
 * lists each account of the row (the row's header links to it).
 */
export function rowSourceWords(sources: readonly ChartSource[], listedOn: string): string {
  if (sources.length <= ROW_SOURCES_NAMED) return sources.map((s) => `${s.title} (${s.publisher})`).join('; ');
  const byPublisher = new Map<string, number>();
  for (const s of sources) byPublisher.set(s.publisher, (byPublisher.get(s.publisher) ?? 0) + 1);
  const publishers = [...byPublisher].sort(([a], [b]) => a.localeCompare(b, 'en'));
  return `${formatNumber(sources.length)} accounts, listed one by one on ${listedOn}: ${publishers.map(([p, n]) => (n > 1 ? `${p} (${formatNumber(n)})` : p)).join('; ')}`;
}

// The look-ups chartSources needs, built once per data set: a chart's table asks them once per
// source of every row, and a scan each made a chart model grow with the square of the archive.
const sourceIndexes = new WeakMap<SiteData, { source: Map<string, SiteData['sources'][number]>; article: Map<string, string> }>();
function indexesOf(data: SiteData) {
  let ix = sourceIndexes.get(data);
  if (!ix) {
    const article = new Map<string, string>();
    // The first article (in data order) citing the source, as a scan would find it.
    for (const a of data.articles) if (!article.has(a.source_id)) article.set(a.source_id, a.id);
    ix = { source: new Map(data.sources.map((s) => [s.id, s])), article };
    sourceIndexes.set(data, ix);
  }
  return ix;
}

/** Sources of a chart, in a stable order, each linking to its article page. */
export function chartSources(data: SiteData, sourceIds: Iterable<string>, articlePath: (id: string) => string): ChartSource[] {
  const ids = [...new Set(sourceIds)].sort();
  const ix = indexesOf(data);
  return ids.flatMap((id) => {
    const s = ix.source.get(id);
    if (!s) return [];
    return [{ id, title: s.title, publisher: s.publisher, author: s.author_org, href: articlePath(ix.article.get(id) ?? id) }];
  });
}
