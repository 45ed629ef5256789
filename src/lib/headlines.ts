import { siteData } from '../data/site-data.ts';
import { MEASURE_LABELS } from '../schema/measure.ts';
import { SERIES_LABELS } from '../schema/category.ts';
import { formatCount } from '../format/count.ts';
import { quarterLabel } from './records.ts';

export type Headline = { number: string; label: string; href: string; derived: boolean };

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
      out.push({
        number: formatCount(r.count),
        label: `${MEASURE_LABELS[r.measure].toLowerCase()}, ${SERIES_LABELS[r.perpetrator_category].toLowerCase()}, in ${quarterLabel(latest)}`,
        href: `/quarters/${latest}/`,
        derived: r.basis === 'derived',
      });
    }
  }
  out.push({ number: String(siteData.incidents.length), label: 'incidents on record, each with every source’s account', href: '/incidents/', derived: false });
  out.push({ number: String(siteData.sources.length), label: 'source reports summarised', href: '/articles/', derived: false });
  return out;
}
