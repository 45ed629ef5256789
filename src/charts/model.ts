import { neutraliseFormula } from '../lib/csv-cell.ts';
import { csvFormat } from 'd3-dsv';
import type { SiteData } from '../model/records.ts';

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

/** A row's sources in words, as the chart's source line names them: "Title (Publisher); …". */
export function rowSourceWords(sources: readonly ChartSource[]): string {
  return sources.map((s) => `${s.title} (${s.publisher})`).join('; ');
}

/** Sources of a chart, in a stable order, each linking to its article page. */
export function chartSources(data: SiteData, sourceIds: Iterable<string>, articlePath: (id: string) => string): ChartSource[] {
  const ids = [...new Set(sourceIds)].sort();
  return ids.flatMap((id) => {
    const s = data.sources.find((x) => x.id === id);
    if (!s) return [];
    const article = data.articles.find((a) => a.source_id === id);
    return [{ id, title: s.title, publisher: s.publisher, author: s.author_org, href: articlePath(article?.id ?? id) }];
  });
}
