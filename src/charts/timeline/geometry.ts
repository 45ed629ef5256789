import { max } from 'd3-array';
import { scaleSqrt, scaleUtc } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import { SERIES_LABELS, SERIES_CATEGORY_IDS, type SeriesCategory } from '../../schema/category.ts';
import { formatCount, formatRange } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { LAYOUTS, r2, sitePath, textWidth, type LayoutName } from '../common.ts';
import { categoryPaint } from '../palette.ts';
import { dodge } from './dodge.ts';
import type { TimelineRow } from './rows.ts';

export type Point = {
  id: string;
  category: SeriesCategory;
  cx: number;
  cy: number;
  r: number;
  hollow: boolean;
  fill: string;
  /** A date range drawn as a line under the point. */
  span: { x1: number; x2: number } | null;
  href: string;
  label: string;
};
export type PeriodSpan = { id: string; category: SeriesCategory; x1: number; x2: number; y: number; fill: string; label: string };
export type Annotation = { id: string; x1: number; x2: number; labelX: number; labelY: number; text: string; full: string };
export type Lane = { category: SeriesCategory; label: string; y: number; h: number; labelX: number; labelY: number };

export type TimelineGeometry = {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; w: number; h: number };
  lanes: Lane[];
  points: Point[];
  periods: PeriodSpan[];
  annotations: Annotation[];
  xTicks: { x: number; label: string }[];
  /** Radii for the size legend, keyed by the people-killed value they stand for. */
  sizeLegend: { value: number; r: number }[];
  empty: boolean;
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LABEL_ROW = 14;

/**
 * Incidents on a date axis, one lane per perpetrator category (so the lane label, not colour
 * alone, says who). Points sized by area (sqrt scale) by people killed; periods as spans under
 * the points; context events as labelled annotations above the lanes.
 */
export function timelineGeometry(rows: readonly TimelineRow[], opts: { layout: LayoutName; base: string }): TimelineGeometry {
  const { width, fontSize } = LAYOUTS[opts.layout];
  const narrow = opts.layout === 'narrow';
  const maxR = narrow ? 10 : 16;
  const marks = rows.filter((r) => r.kind !== 'event');
  const categories = SERIES_CATEGORY_IDS.filter((c) => marks.some((r) => r.category === c));
  const empty = rows.length === 0;
  const left = narrow ? 8 : 160;
  const right = 12;

  // Domain: whole years around everything drawn, so ticks fall on 1 January.
  const starts = rows.map((r) => r.start).sort();
  const ends = rows.map((r) => r.end).sort();
  const d0 = utcYear.floor(day(starts[0] ?? '2020-01-01'));
  const d1 = utcYear.ceil(utcDay.offset(day(ends.at(-1) ?? '2020-12-31'), 1));
  const x = scaleUtc().domain([d0, d1]).range([left + maxR, width - right - maxR]);
  const mid = (a: string, b: string) => (x(day(a)) + x(utcDay.offset(day(b), 1))) / 2;

  // Event labels: greedy rows so no two labels touch; long titles are shortened (full in the table).
  const maxChars = narrow ? 16 : 28;
  const rowEnds: number[] = [];
  const annotations: Annotation[] = [];
  for (const e of rows.filter((r) => r.kind === 'event')) {
    const x1 = x(day(e.start));
    const x2 = x(utcDay.offset(day(e.end), 1));
    const text = e.title.length > maxChars ? `${e.title.slice(0, maxChars - 1)}…` : e.title;
    const w = textWidth(text, fontSize - 1);
    const lx = Math.min(Math.max(x1, left), width - right - w);
    let row = rowEnds.findIndex((end) => end + 6 <= lx);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = lx + w;
    annotations.push({ id: e.id, x1: r2(x1), x2: r2(x2), labelX: r2(lx), labelY: 8 + row * LABEL_ROW + fontSize - 2, text, full: `${e.title} (${formatSpan(e)})` });
  }
  const top = 8 + rowEnds.length * LABEL_ROW + (rowEnds.length ? 6 : 0);

  // Lanes: tall enough for the largest point, plus rows of period spans packed without overlap.
  const periodsRows = rows.filter((r) => r.kind === 'period');
  const laneSub = new Map<SeriesCategory, number[]>();
  const periodRow = new Map<string, number>();
  for (const p of periodsRows) {
    const ends = laneSub.get(p.category as SeriesCategory) ?? [];
    const x1 = x(day(p.start));
    let i = ends.findIndex((end) => end + 2 <= x1);
    if (i === -1) i = ends.push(0) - 1;
    ends[i] = x(utcDay.offset(day(p.end), 1));
    laneSub.set(p.category as SeriesCategory, ends);
    periodRow.set(p.id, i);
  }
  const incidents = rows.filter((r) => r.kind === 'incident');
  const r = scaleSqrt().domain([0, max(incidents, (d) => d.drawn ?? 0) || 1]).range([0, maxR]);
  const radius = (v: number | null) => (v === null ? 3 : Math.max(3, r(v)));
  // Overlapping points move apart within their lane; the lane grows to hold them.
  const offsets = new Map<string, number>();
  const reach = new Map<SeriesCategory, { up: number; down: number }>();
  for (const c of categories) {
    const mine = incidents.filter((d) => d.category === c).map((d) => ({ id: d.id, x: mid(d.start, d.end), r: radius(d.drawn) }));
    const dys = dodge(mine);
    let up = maxR;
    let down = maxR;
    for (const m of mine) {
      const dy = dys.get(m.id)!;
      offsets.set(m.id, dy);
      up = Math.max(up, m.r - dy);
      down = Math.max(down, m.r + dy);
    }
    reach.set(c, { up, down });
  }
  const laneLabelH = narrow ? fontSize + 4 : 0;
  const lanes: Lane[] = [];
  let yCursor = top;
  for (const c of categories) {
    const subs = laneSub.get(c)?.length ?? 0;
    const { up, down } = reach.get(c)!;
    const h = laneLabelH + up + down + 8 + subs * 6;
    lanes.push({
      category: c,
      label: SERIES_LABELS[c],
      y: r2(yCursor),
      h: r2(h),
      labelX: narrow ? left : left - 8,
      labelY: r2(narrow ? yCursor + fontSize : yCursor + laneLabelH + up + 4 + fontSize / 3),
    });
    yCursor += h;
  }
  const plot = { x: left, y: top, w: width - left - right, h: r2(yCursor - top) };
  const laneOf = (c: SeriesCategory) => lanes.find((l) => l.category === c)!;
  const centre = (c: SeriesCategory) => laneOf(c).y + laneLabelH + reach.get(c)!.up + 4;
  const points: Point[] = incidents.map((d) => {
    const c = d.category as SeriesCategory;
    const ranged = d.start !== d.end;
    const range = d.count ? formatRange(d.count) : '';
    const counted = d.count ? `Killed: ${formatCount(d.count)}${range ? ` (range ${range})` : ''}` : 'No count of people killed';
    const why = d.hollow === 'same-victims' ? `; its victims are counted in the incident “${incidents.find((x) => x.id === d.same_victims_as)?.title ?? 'recorded elsewhere'}”` : '';
    return {
      id: d.id,
      category: c,
      cx: r2(mid(d.start, d.end)),
      cy: r2(centre(c) + offsets.get(d.id)!),
      r: r2(radius(d.drawn)),
      hollow: d.hollow !== '',
      fill: categoryPaint(c),
      span: ranged ? { x1: r2(x(day(d.start))), x2: r2(x(utcDay.offset(day(d.end), 1))) } : null,
      href: sitePath(opts.base, `incidents/${d.id}/`),
      label: `${d.title}, ${formatSpan(d)}. ${SERIES_LABELS[c]}. ${counted}${d.credit ? ` (${d.credit})` : ''}${why}.${d.denied_by.length ? ` Denied by ${d.denied_by.join(', ')}.` : ''}`,
    };
  });
  const periods: PeriodSpan[] = periodsRows.map((p) => {
    const c = p.category as SeriesCategory;
    return {
      id: p.id,
      category: c,
      x1: r2(x(day(p.start))),
      x2: r2(x(utcDay.offset(day(p.end), 1))),
      y: r2(centre(c) + reach.get(c)!.down + 4 + periodRow.get(p.id)! * 6),
      fill: categoryPaint(c),
      label: `${p.title}: ${formatCount(p.count!)}, ${formatSpan(p)}.`,
    };
  });

  // Year ticks, thinned so labels never touch.
  const xTicks: TimelineGeometry['xTicks'] = [];
  for (const t of x.ticks(utcYear.every(1)!)) {
    const tx = r2(x(t));
    if (xTicks.length && tx - xTicks.at(-1)!.x < textWidth('2024', fontSize) + 10) continue;
    xTicks.push({ x: tx, label: String(t.getUTCFullYear()) });
  }
  const biggest = max(incidents, (d) => d.drawn ?? 0) ?? 0;
  const sizeLegend = biggest > 0 ? [...new Set([Math.round(biggest / 10), Math.round(biggest)])].filter((v) => v > 0).map((v) => ({ value: v, r: r2(radius(v)) })) : [];
  return {
    width,
    height: r2(yCursor + 28),
    fontSize,
    plot,
    lanes,
    points,
    periods,
    annotations,
    xTicks,
    sizeLegend,
    empty,
  };
}
