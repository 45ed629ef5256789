import type { SiteData } from '../model/records.ts';
import { formatSpan } from '../format/date.ts';
import { monthSpan, plural, quarterEnd, quarterLabel } from './phrases.ts';

/**
 * What the quarterly chart covers and what covers the time after it, from the data alone: the
 * series' first and last quarters and whose reports its last quarter comes from; the dated events
 * on record after it (MINUSMA's departure, with the article that reports it); and, for each year
 * after the series, the reports on record with findings or incidents in that year, or that there
 * are none. Lists are capped so the home page's size does not follow the archive. Pure:
 * test/lib/coverage.test.ts.
 */
export type CoverageReport = { by: string; href: string; what: string };
export type Coverage = {
  series: { first: string; last: string; lastBy: string[] } | null;
  /** Dated events after the series' last quarter, oldest first. */
  after: { when: string; title: string; href: string; source: string }[];
  /** Each year after the series, newest last: the reports with findings in it. */
  years: { year: string; reports: CoverageReport[]; more: number }[];
};

const MAX_EVENTS = 3;
const MAX_YEARS = 4;
const MAX_REPORTS = 3;

export function coverage(data: SiteData): Coverage {
  const quarters = [...new Set(data.quarterly.map((r) => r.quarter))].sort();
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const last = quarters.at(-1);
  const seriesEnd = last ? quarterEnd(last) : '';
  const series = last
    ? {
        first: quarterLabel(quarters[0]!),
        last: quarterLabel(last),
        lastBy: [...new Set(data.quarterly.filter((r) => r.quarter === last).flatMap((r) => r.count.report_ids).map((id) => reports.get(id)?.by ?? ''))].filter(Boolean).sort(),
      }
    : null;

  const after = data.events
    .filter((e) => e.date.start > seriesEnd)
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .slice(0, MAX_EVENTS)
    .map((e) => ({ when: formatSpan(e.date), title: e.title, href: `/articles/${e.source_id}/`, source: articles.get(e.source_id)?.title ?? 'its article' }));

  // What each report on record says about time after the series: its figures' periods, its incidents' dates.
  const inSeries = new Set(data.quarterly.flatMap((r) => r.figure_ids));
  const spans = new Map<string, { start: string; end: string; figures: number; incidents: number }>();
  const note = (report: string, start: string, end: string, kind: 'figures' | 'incidents') => {
    if (end <= seriesEnd) return;
    const s = spans.get(report) ?? { start, end, figures: 0, incidents: 0 };
    s.start = start < s.start ? start : s.start;
    s.end = end > s.end ? end : s.end;
    s[kind] += 1;
    spans.set(report, s);
  };
  for (const f of data.figures) if (f.count && !inSeries.has(f.id)) note(f.report_id, f.period.start, f.period.end, 'figures');
  for (const i of data.incidents) for (const r of i.report_ids) note(r, i.date.start, i.date.end, 'incidents');
  const lastEnd = [...spans.values()].reduce((m, s) => (s.end > m ? s.end : m), seriesEnd);
  const firstYear = seriesEnd ? Number(seriesEnd.slice(0, 4)) + (seriesEnd.endsWith('-12-31') ? 1 : 0) : Number(lastEnd.slice(0, 4));
  const years: Coverage['years'] = [];
  for (let y = Math.max(firstYear, Number(lastEnd.slice(0, 4)) - MAX_YEARS + 1); lastEnd && y <= Number(lastEnd.slice(0, 4)); y++) {
    const from = `${y}-01-01`;
    const to = `${y}-12-31`;
    const list = [...spans]
      .filter(([, s]) => s.start <= to && s.end >= from)
      .sort(([a, sa], [b, sb]) => sb.end.localeCompare(sa.end) || a.localeCompare(b))
      .map(([id, s]): CoverageReport => {
        const r = reports.get(id);
        const counts = [s.figures ? plural(s.figures, 'figure') : '', s.incidents ? plural(s.incidents, 'incident') : ''].filter(Boolean).join(' and ');
                return { by: r?.by ?? 'a report on record', href: r?.account_ids[0] ? `/articles/${r.account_ids[0]}/` : '/articles/', what: `${counts}, ${monthSpan(s.start, s.end)}` };
      });
    years.push({ year: String(y), reports: list.slice(0, MAX_REPORTS), more: Math.max(0, list.length - MAX_REPORTS) });
  }
  return { series, after, years };
}
