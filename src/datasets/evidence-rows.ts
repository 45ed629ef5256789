import type { DenialRecord, SiteData } from '../model/records.ts';
import type { Estimate } from '../model/estimate.ts';
import { HARM_TYPES } from '../schema/measure.ts';
import { formatCount } from '../format/count.ts';
import type { AttributionRow, DenialRow, EstimateRow, ReportRow } from './evidence-tables.ts';
import { publicClaimId } from './claims.ts';

/** Rows of the evidence tables (evidence-tables.ts documents every column). */

export function reportRows(data: SiteData): ReportRow[] {
  return data.reports.map((r) => ({ report_id: r.id, by: r.by, title: r.title ?? '', kind: r.kind, account_ids: r.account_ids }));
}

export function attributionRows(data: SiteData): AttributionRow[] {
  return data.incidents.flatMap((i) =>
    i.attributions.map((a) => ({
      incident_id: i.id,
      claim_id: publicClaimId({ id: a.claim_id, incident_id: i.id }),
      source_id: a.source_id,
      report_id: a.report_id,
      by: a.by,
      actor_id: a.actor_id,
      category: a.category,
      as_named: a.as_named,
      stance: a.stance,
    })),
  );
}

/**
 * One row per denial, with every record it reaches. The same denial object is written onto each
 * record it covers (src/pipeline/denials.ts), so records are gathered by identity.
 */
export function denialRows(data: SiteData): DenialRow[] {
  const covers = new Map<DenialRecord, Set<string>>();
  const reach = (d: DenialRecord, id: string) => {
    const set = covers.get(d) ?? new Set<string>();
    set.add(id);
    covers.set(d, set);
  };
  for (const i of data.incidents) {
    for (const d of i.denials) reach(d, i.id);
    for (const c of i.claims) for (const d of c.denied_by) reach(d, publicClaimId(c));
  }
  for (const f of data.figures) for (const d of f.denials) reach(d, f.id);
  const all = [...new Set([...data.report_denials, ...covers.keys()])];
  const counters = new Map<string, number>();
  return all.map((d) => {
    const n = (counters.get(d.source_id) ?? 0) + 1;
    counters.set(d.source_id, n);
    return {
      denial_id: `${d.source_id}--denial-${n}`,
      by: d.by,
      by_actor: d.by_actor ?? '',
      denial_date: d.date?.start ?? null,
      source_id: d.source_id,
      scope: d.scope,
      report_id: d.report_id ?? '',
      against: d.against,
      covers: [...(covers.get(d) ?? [])].sort(),
      statement: d.statement,
      statement_id: d.statement_id ?? '',
    };
  });
}

export function estimateRows(data: SiteData): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const add = (id: string, key: { incident_id: string; quarter: string; measure: string; group: EstimateRow['group'] }, e: Estimate) => {
    for (const [n, c] of e.claims.entries()) {
      rows.push({
        estimate_id: id,
        ...key,
        method: e.method,
        text: formatCount(e),
        claim_n: n + 1,
        claim_source_id: c.source_id,
        claim_report_id: c.report_id,
        claim_figure_id: c.figure_id ?? '',
        claim_by: c.by,
        claim_low: c.count.low,
        claim_best: c.count.best,
        claim_high: c.count.high,
        claim_qualifier: c.count.qualifier,
        claim_derived: c.derived,
        claim_used: c.used,
      });
    }
  };
  for (const i of data.incidents) {
    for (const group of ['civilians', 'people'] as const) {
      const counts = group === 'civilians' ? i.counts : i.people_counts;
      for (const h of HARM_TYPES) {
        const e = counts[h];
        if (e) add(`${i.id}--${group}--${h}`, { incident_id: i.id, quarter: '', measure: h, group }, e);
      }
    }
  }
  for (const q of data.quarterly) add(`${q.quarter}--${q.measure}--${q.perpetrator_category}`, { incident_id: '', quarter: q.quarter, measure: q.measure, group: 'series' }, q.count);
  return rows;
}

export const EVIDENCE_ROWS = {
  reports: reportRows,
  attributions: attributionRows,
  denials: denialRows,
  estimates: estimateRows,
} as const;
