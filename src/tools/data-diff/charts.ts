import { compare } from '../../lib/compare.ts';
import type { QuarterlyRecord, SiteData } from '../../model/records.ts';
import type { ChartMarks, ChartsOf } from './chart-marks.ts';
import { code, plural, table, text } from './markdown.ts';
import { estimateText } from './words.ts';

/** Before → after of one drawn value; null on one side when it is new or gone. */
export type ValueChange = { key: string; before: string | null; after: string | null };
export type ChartChange = { id: string; title: string; status: 'added' | 'removed' | 'changed'; marks: ValueChange[] };
export type ChartsDiff = { quarterly: ValueChange[]; charts: ChartChange[] };

/**
 * The value the quarterly series gives each bar: the estimate's own words and how it was made
 * (single, agreed, lead, envelope), with what else the chart says about it.
 */
function quarterlyValue(q: QuarterlyRecord): string {
  const flags = [
    q.basis === 'derived' ? 'derived' : '',
    q.count.accounts_disagree ? 'accounts disagree' : '',
    q.definition ? `definition: ${q.definition}` : '',
    q.parts_exceed_total ? 'parts exceed the total' : '',
    q.denials.length ? 'denied' : '',
  ].filter(Boolean);
  return `${estimateText(q.count)}${flags.length ? `; ${flags.join('; ')}` : ''}`;
}

function changes(before: Map<string, string>, after: Map<string, string>): ValueChange[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compare);
  return keys.filter((k) => before.get(k) !== after.get(k)).map((k) => ({ key: k, before: before.get(k) ?? null, after: after.get(k) ?? null }));
}

/** A mark in words: the count as stated, the number drawn and its role, when they add anything. */
function markValue(r: Record<string, string | number>): string {
  const stated = String(r.as_reported ?? '');
  const drawn = r.drawn_value === undefined || r.drawn_value === '' ? '' : `drawn ${r.drawn_value}`;
  const role = r.role && r.role !== 'segment' ? String(r.role).replace(/-/g, ' ') : '';
  const basis = r.basis === 'derived' ? 'derived' : '';
  const parts = [role && stated && role !== stated ? `${role}: ${stated}` : stated || role, drawn, basis].filter(Boolean);
  return parts.join(', ') || 'drawn';
}

/** When the words are the same but a column differs (a figure id, a lane), name the columns. */
function markChanges(a: ChartMarks['marks'], b: ChartMarks['marks']): ValueChange[] {
  const before = new Map(a.map((m) => [m.key, m.record]));
  const after = new Map(b.map((m) => [m.key, m.record]));
  const out: ValueChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(compare)) {
    const x = before.get(key);
    const y = after.get(key);
    if (x && y && JSON.stringify(x) === JSON.stringify(y)) continue;
    let bv = x ? markValue(x) : null;
    let av = y ? markValue(y) : null;
    if (x && y && bv === av) {
      const cols = Object.keys({ ...x, ...y }).filter((c) => x[c] !== y[c]);
      bv = `${bv}; ${cols.map((c) => `${c} ${x[c] ?? ''}`).join('; ')}`;
      av = `${av}; ${cols.map((c) => `${c} ${y[c] ?? ''}`).join('; ')}`;
    }
    out.push({ key, before: bv, after: av });
  }
  return out;
}

export function diffCharts(before: SiteData, after: SiteData, charts: ChartsOf): ChartsDiff {
  const q = (d: SiteData) => new Map(d.quarterly.map((r) => [`${r.quarter} · ${r.measure} · ${r.perpetrator_category}`, quarterlyValue(r)]));
  const a = new Map(charts(before).map((c) => [c.id, c]));
  const b = new Map(charts(after).map((c) => [c.id, c]));
  const out: ChartChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort(compare)) {
    const x = a.get(id);
    const y = b.get(id);
    // Only what is drawn counts: the marks, never the "last updated" date or the sources list.
    const marks = markChanges(x?.marks ?? [], y?.marks ?? []);
    if (x && y && !marks.length) continue;
    out.push({ id, title: (y ?? x)!.title, status: !x ? 'added' : !y ? 'removed' : 'changed', marks });
  }
  return { quarterly: changes(q(before), q(after)), charts: out };
}

export function chartsSize(d: ChartsDiff): number {
  return d.quarterly.length + d.charts.length;
}

const side = (v: string | null) => (v === null ? '—' : text(v));

export function chartsMarkdown(d: ChartsDiff): string[] {
  const lines: string[] = [];
  if (d.quarterly.length) {
    lines.push(`### Values the quarterly charts draw: ${d.quarterly.length} changed`, '');
    const rows = d.quarterly.map((c) => [...c.key.split(' · ').map(text), side(c.before), side(c.after)]);
    lines.push(...table(['quarter', 'measure', 'perpetrator', 'before', 'after'], rows), '');
  }
  if (d.charts.length) {
    lines.push(`### Charts whose drawing changes: ${d.charts.length}`, '');
    for (const c of d.charts) {
      const what = c.status === 'changed' ? plural(c.marks.length, 'mark') + ' changed' : `${c.status} chart, ${plural(c.marks.length, 'mark')}`;
      lines.push(`#### ${code(c.id)}: ${text(c.title)} (${what})`, '');
      lines.push(...table(['mark', 'before', 'after'], c.marks.map((m) => [text(m.key), side(m.before), side(m.after)])), '');
    }
  }
  return lines;
}
