import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { SeriesCategory } from '../../schema/category.ts';
import type { TimelineRow } from './rows.ts';

/**
 * Which stretch of time a timeline draws. `timeline` (the default, the chart's page and embed)
 * starts on the data: the years with incidents or period figures; `all` adds the context events
 * outside them (the long view); a year or a month is the detail one click away from an
 * aggregated mark. Every view is a static page, so all of it works without JavaScript.
 */
export type TimelineView = {
  id: string;
  level: 'overview' | 'year' | 'month';
  /** First day drawn (ISO), and the day after the last. */
  start: string;
  end: string;
};

export type BinUnit = 'month' | 'quarter' | 'year';

/** One aggregated mark: the incidents of one lane in one month, quarter or year. */
export type Bin = {
  id: string;
  category: SeriesCategory;
  unit: BinUnit;
  start: string;
  end: string;
  /** The incidents counted (their rows, date order). */
  incidents: TimelineRow[];
  /** The incident with the highest toll a source states, if any has a count. */
  top: TimelineRow | null;
  /** The view that draws these incidents one by one. */
  detail: TimelineView;
};

/** Above this many incidents in a view, or this many within a dot's reach in one lane, marks are aggregated. */
export const DOT_LIMIT = 150;
export const STACK_LIMIT = 6;
/** The narrowest width the timeline is laid out for (a 320 px phone less the page's margins). */
export const MIN_WIDTH = 288;
/** An aggregated bar is at least this wide at MIN_WIDTH, so it can be read and tapped. */
export const MIN_BIN_PX = 12;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

// Every timeline view filters every row by its middle day (rowsInView), and a build draws one
// view per year and per month: computed once per date range, not once per row per view (it was
// 2–3 s of a rebuild at 1,000 articles).
const middles = new Map<string, string>();

/** The day an incident is drawn at: the middle of its date range. */
export function midDay(r: { start: string; end: string }): string {
  const k = `${r.start}/${r.end}`;
  let m = middles.get(k);
  if (m === undefined) {
    m = iso(utcDay.floor(new Date((day(r.start).getTime() + day(r.end).getTime()) / 2)));
    middles.set(k, m);
  }
  return m;
}

function yearsAround(rows: readonly TimelineRow[]): { start: string; end: string } | null {
  if (!rows.length) return null;
  const starts = rows.map((r) => r.start).sort();
  const ends = rows.map((r) => r.end).sort();
  return { start: iso(utcYear.floor(day(starts[0]!))), end: iso(utcYear.offset(utcYear.floor(day(ends.at(-1)!)), 1)) };
}

/** The default view (the data's years) and, when context events fall outside it, the long view. */
export function topViews(rows: readonly TimelineRow[]): TimelineView[] {
  const data = yearsAround(rows.filter((r) => r.kind !== 'event'));
  const every = yearsAround(rows);
  if (!every) return [{ id: 'timeline', level: 'overview', start: '2020-01-01', end: '2021-01-01' }];
  const main = { id: 'timeline', level: 'overview' as const, ...(data ?? every) };
  return every.start === main.start && every.end === main.end ? [main] : [main, { id: 'all', level: 'overview', ...every }];
}

export function yearView(year: string): TimelineView {
  return { id: year, level: 'year', start: `${year}-01-01`, end: `${Number(year) + 1}-01-01` };
}

export function monthView(month: string): TimelineView {
  return { id: month, level: 'month', start: `${month}-01`, end: iso(utcMonth.offset(day(`${month}-01`), 1)) };
}

/** The view a page id names ('timeline', 'all', '2022', '2022-04'), given the top views. */
export function viewById(id: string, tops: readonly TimelineView[]): TimelineView | undefined {
  if (/^\d{4}$/.test(id)) return yearView(id);
  if (/^\d{4}-\d{2}$/.test(id)) return monthView(id);
  return tops.find((v) => v.id === id);
}

/** The rows a view draws: incidents whose day falls in it, periods and events that overlap it. */
export function rowsInView(rows: readonly TimelineRow[], v: TimelineView): TimelineRow[] {
  return rows.filter((r) => {
    if (r.kind === 'incident') {
      const m = midDay(r);
      return m >= v.start && m < v.end;
    }
    return r.start < v.end && r.end >= v.start;
  });
}

/** The fraction of the view's width a date lies at (0 at its first day, 1 after its last). */
export function fractionOf(v: TimelineView): (isoDay: string, endOfDay?: boolean) => number {
  const a = day(v.start).getTime();
  const b = day(v.end).getTime();
  return (d, endOfDay = false) => {
    const t = (endOfDay ? utcDay.offset(day(d), 1) : day(d)).getTime();
    return Math.min(1, Math.max(0, (t - a) / (b - a)));
  };
}

/** Too many dots to read (or to send): in total, or stacked within one dot's reach in a lane. */
export function crowded(incidents: readonly TimelineRow[], v: TimelineView): boolean {
  if (v.level === 'month') return false; // the finest view: its dots are the detail.
  if (incidents.length > DOT_LIMIT) return true;
  const f = fractionOf(v);
  const reach = 20 / MIN_WIDTH;
  const lanes = new Map<string, number[]>();
  for (const r of incidents) lanes.set(r.category, [...(lanes.get(r.category) ?? []), f(midDay(r))]);
  for (const xs of lanes.values()) {
    xs.sort((a, b) => a - b);
    let lo = 0;
    for (let hi = 0; hi < xs.length; hi++) {
      while (xs[hi]! - xs[lo]! > reach) lo++;
      if (hi - lo + 1 > STACK_LIMIT) return true;
    }
  }
  return false;
}

/** The finest unit whose bars are at least MIN_BIN_PX wide at the narrowest width. */
export function binUnit(v: TimelineView): BinUnit {
  const days = (day(v.end).getTime() - day(v.start).getTime()) / 864e5;
  const px = (unitDays: number) => (unitDays / days) * MIN_WIDTH;
  if (px(30.4) >= MIN_BIN_PX) return 'month';
  if (px(91.3) >= MIN_BIN_PX) return 'quarter';
  return 'year';
}

function binSpan(d: string, unit: BinUnit): { id: string; start: string; end: string } {
  const [y, m] = d.split('-').map(Number) as [number, number];
  if (unit === 'year') return { id: String(y), start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (unit === 'month') { const m = monthView(d.slice(0, 7)); return { id: m.id, start: m.start, end: m.end }; }
  const q = Math.floor((m - 1) / 3);
  const s = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { id: `${y}-Q${q + 1}`, start: s, end: iso(utcMonth.offset(day(s), 3)) };
}

/** The incidents of a view, counted per lane per month, quarter or year; each bin links to its detail. */
export function binIncidents(incidents: readonly TimelineRow[], v: TimelineView): Bin[] {
  const unit = binUnit(v);
  const bins = new Map<string, Bin>();
  for (const r of incidents) {
    const d = midDay(r);
    const s = binSpan(d, unit);
    const key = `${r.category}|${s.id}`;
    let b = bins.get(key);
    if (!b) {
      const detail = unit === 'month' && v.level !== 'year' ? monthView(s.id) : v.level === 'overview' ? yearView(d.slice(0, 4)) : monthView(d.slice(0, 7));
      b = { id: `${s.id}-${r.category}`, category: r.category as SeriesCategory, unit, start: s.start, end: s.end, incidents: [], top: null, detail };
      bins.set(key, b);
    }
    b.incidents.push(r);
    if (r.drawn !== null && (b.top === null || r.drawn > b.top.drawn!)) b.top = r;
  }
  return [...bins.values()].sort((a, b) => a.start.localeCompare(b.start) || a.category.localeCompare(b.category));
}
