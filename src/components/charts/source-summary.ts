import type { ChartSource } from '../../charts/model.ts';

/**
 * A chart's sources in one line, whatever the archive's size: how many reports (one voice each,
 * however many outlets relayed it) and how many accounts of them the site read (each chart source
 * is one account, an article's source). The full list is on the chart's own sources page
 * (/charts/<id>/sources/), so the chart page does not grow with it.
 */
export type SourceSummary = { reports: number; accounts: number; text: string };

export function sourceSummary(sources: readonly ChartSource[], all: readonly { id: string; report_id: string }[]): SourceSummary {
  const reportOf = new Map(all.map((s) => [s.id, s.report_id]));
  const accounts = new Set(sources.map((s) => s.id)).size;
  // An account the data does not place in a report counts as its own report: never fewer voices than shown.
  const reports = new Set(sources.map((s) => reportOf.get(s.id) ?? s.id)).size;
  if (accounts === 0) return { reports, accounts, text: 'No sources yet.' };
  const n = (k: number, one: string, many: string) => `${k.toLocaleString('en-GB')} ${k === 1 ? one : many}`;
  return { reports, accounts, text: `Based on ${n(reports, 'report', 'reports')}, in ${n(accounts, 'account', 'accounts')} the site read.` };
}
