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
  table: { caption: string; columns: string[]; rows: string[][] };
  /** The CSV records: exactly the rows the geometry draws. */
  csvRecords: Record<string, string | number>[];
  csvPath: string;
  /** What the kind's geometry is computed from: the same rows as the CSV. */
  drawing: D;
};

export function toCsv(records: readonly Record<string, string | number>[]): string {
  return records.length ? csvFormat(records as Record<string, string | number>[]) + '\n' : '';
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
