import type { ChartSource } from '../../charts/model.ts';
import { splitPages } from '../../lib/paging.ts';

/**
 * A chart's sources page (/charts/<id>/sources/), grouped and paged so no page of it grows with
 * the archive (issue 16): each report once (several outlets relaying one report are one voice),
 * with the accounts of it the site read, REPORTS_PER_PAGE reports a page.
 */
export const REPORTS_PER_PAGE = 100;

export type ReportGroup = { id: string; name: string; accounts: ChartSource[] };

export function reportGroups(
  sources: readonly ChartSource[],
  all: readonly { id: string; report_id: string }[],
  reports: readonly { id: string; title: string | null; by: string }[],
): ReportGroup[] {
  const reportOf = new Map(all.map((s) => [s.id, s.report_id]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  const groups = new Map<string, ChartSource[]>();
  // An account the data does not place in a report is its own report, as in the chart's summary.
  for (const s of sources) {
    const r = reportOf.get(s.id) ?? s.id;
    groups.set(r, [...(groups.get(r) ?? []), s]);
  }
  return [...groups].map(([id, accounts]) => {
    const r = byId.get(id);
    const first = accounts[0]!;
    return { id, name: r ? (r.title ? `${r.title} (${r.by})` : r.by) : (first.author ?? first.publisher), accounts };
  });
}

/** The pages of a chart's report list; page 1 at /charts/<id>/sources/, page n at …/sources/<n>/. */
export function reportPages(groups: readonly ReportGroup[]): ReportGroup[][] {
  return splitPages(groups, REPORTS_PER_PAGE);
}
