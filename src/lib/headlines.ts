import { siteData } from '../data/site-data.ts';
import { MEASURE_LABELS } from '../schema/measure.ts';
import { SERIES_LABELS } from '../schema/category.ts';
import { formatCount } from '../format/count.ts';
import { quarterLabel, reports } from './records.ts';

/** A headline number with what travels with it: whose finding, whether derived, disputed or denied. */
export type Headline = { number: string; label: string; href: string; derived: boolean; credit: string | null; caveats: string[] };

/**
 * The home page's headline numbers, all read from the data: the latest quarter's totals for all
 * perpetrators (else its largest breakdown), and how many incidents and sources are on record.
 */
export function headlines(): Headline[] {
  const out: Headline[] = [];
  const latest = siteData.quarterly.at(-1)?.quarter;
  if (latest) {
    const rows = siteData.quarterly.filter((r) => r.quarter === latest);
    const totals = rows.filter((r) => r.perpetrator_category === 'all');
    for (const r of (totals.length ? totals : rows).slice(0, 2)) {
      const caveats = [
        ...(r.count.method === 'envelope' ? ['sources disagree: lowest to highest stated value'] : []),
        ...(r.count.method === 'lead' ? ['the editors chose this account'] : []),
        ...(r.definition ? [`different definition: ${r.definition}`] : []),
        ...[...new Set(r.denials.map((d) => d.by))].map((by) => `denied by ${by}`),
      ];
      out.push({
        number: formatCount(r.count),
        label: `${MEASURE_LABELS[r.measure].toLowerCase()}, ${SERIES_LABELS[r.perpetrator_category].toLowerCase()}, in ${quarterLabel(latest)}`,
        href: `/quarters/${latest}/`,
        derived: r.basis === 'derived',
        credit: [...new Set(r.count.report_ids.map((id) => reports.get(id)?.by ?? id))].join('; ') || null,
        caveats,
      });
    }
  }
  out.push({ number: String(siteData.incidents.length), label: 'incidents on record, each with every source’s account', href: '/incidents/', derived: false, credit: null, caveats: [] });
  // Reports the articles relay as a whole (a story about a UN note counts the note once).
  const reportCount = new Set(siteData.sources.map((s) => s.report_id)).size;
  out.push({ number: String(reportCount), label: `${reportCount === 1 ? 'report' : 'reports'} summarised, in ${siteData.sources.length} ${siteData.sources.length === 1 ? 'account' : 'accounts'}`, href: '/articles/', derived: false, credit: null, caveats: [] });
  return out;
}
