import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import { SERIES_CATEGORY_IDS, SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { formatNumber } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { LAYOUTS, r2, sitePath, textWidth, type LayoutName } from '../common.ts';
import { categoryPaint } from '../palette.ts';
import { dodge } from './dodge.ts';
import type { Fx, Span } from './fluid.ts';
import { packLabels, type PlacedLabel } from './pack.ts';
import type { TimelineRow } from './rows.ts';
import { binLabel, periodText, pointLabel, viewPath, type TimelineDrawing } from './words.ts';
import { fractionOf, midDay, MIN_WIDTH } from './view.ts';

export type Point = {
  id: string;
  category: SeriesCategory;
  cx: Fx;
  cy: number;
  r: number;
  hollow: boolean;
  fill: string;
  /** A date range drawn as a line through the point. */
  span: Span | null;
  href: string;
  label: string;
};
/** An aggregated mark: the incidents of one lane in one month, quarter or year, linking to their detail. */
export type BinBar = { id: string; category: SeriesCategory; span: Span; y: number; h: number; fill: string; count: number; showCount: boolean; href: string; label: string };
export type PeriodBar = { id: string; category: SeriesCategory; fill: string; label: PlacedLabel; y: number; title: string };
/**
 * A context event: its label (placed at `y` + label.y) and its dashed line from the label down to
 * the axis. Where a line must pass a label (labels crowding the right edge), the text's halo
 * (svg.ts) masks it, at every width.
 */
export type Annotation = { id: string; label: PlacedLabel; y: number; span: Span | null; title: string };
export type Lane = { category: SeriesCategory; label: string; y: number; h: number; labelY: number };

export type TimelineGeometry = {
  width: number;
  /** The narrowest width the layout holds at: the drawing is valid at this width and any wider. */
  minWidth: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  mode: 'dots' | 'bins';
  plot: { y: number; h: number };
  lanes: Lane[];
  points: Point[];
  bins: BinBar[];
  periods: PeriodBar[];
  annotations: Annotation[];
  /** Gridlines at unit boundaries and labels centred in each unit, thinned so none touch. */
  grid: Fx[];
  xTicks: { x: Fx; label: string }[];
  /** Radii for the size legend, keyed by the people-killed value they stand for. */
  sizeLegend: { value: number; r: number }[];
  binUnit: string;
  empty: boolean;
};

const BAR_H = 8;
const BIN_H = 40;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Incidents on a date axis, one lane per perpetrator category (the lane's label, not colour
 * alone, says who). Dots sized by area by people killed, or, when they crowd, one bar per lane per
 * month/quarter/year counting the incidents on record (a separate drawing, never sized by people:
 * one measure per scale). Period figures of people killed as labelled bars in their lane; context
 * events as wrapped, collision-free annotations above the lanes. Laid out once, valid at every
 * width from `minWidth` up (see fluid.ts).
 */
export function timelineGeometry(d: TimelineDrawing, opts: { layout: LayoutName; base: string }): TimelineGeometry {
  const { fontSize } = LAYOUTS[opts.layout];
  const W = opts.layout === 'narrow' ? MIN_WIDTH : LAYOUTS.wide.width;
  const lineHeight = fontSize + 3;
  const small = fontSize - 1;
  const maxR = opts.layout === 'narrow' ? 10 : 14;
  const f = fractionOf(d.view);
  const x = (iso: string, endOfDay = false): Fx => ({ f: f(iso, endOfDay), o: 0 });
  const rows = d.rows;
  const incidents = rows.filter((r) => r.kind === 'incident');
  const periodRows = rows.filter((r) => r.kind === 'period');
  const events = rows.filter((r) => r.kind === 'event');
  const maxWrap = Math.min(170, Math.round(W * 0.45));

  // Context events: labels wrapped and packed above the lanes, each with a dashed line down.
  const ev = packLabels(
    events.map((e) => ({ id: e.id, text: e.title, x: x(e.start < d.view.start ? d.view.start : e.start), leader: true })),
    { minWidth: W, fontSize: small, lineHeight, maxWrap },
  );
  const evTop = 4;
  const annotations: Annotation[] = ev.placed.map((p, i) => {
    const e = events[i]!;
    const ranged = e.start !== e.end;
    return { id: e.id, label: p, y: evTop, span: ranged ? { left: x(e.start < d.view.start ? d.view.start : e.start), right: x(e.end, true) } : null, title: `${e.title} (${formatSpan(e)})` };
  });
  const top = evTop + ev.height + (events.length ? 10 : 0);

  // Lanes: every category with an incident or a period figure, in the site's category order.
  const categories = SERIES_CATEGORY_IDS.filter((c) => rows.some((r) => r.kind !== 'event' && r.category === c));
  const r = scaleSqrt().domain([0, max(incidents, (p) => p.drawn ?? 0) || 1]).range([0, maxR]);
  const radius = (v: number | null) => (v === null ? 3 : Math.max(3, r(v)));
  const maxCount = max(d.bins ?? [], (b) => b.incidents.length) ?? 1;
  const lanes: Lane[] = [];
  const points: Point[] = [];
  const bins: BinBar[] = [];
  const periods: PeriodBar[] = [];
  let y = top;
  for (const c of categories) {
    const laneY = y;
    const labelY = y + fontSize;
    y += lineHeight + 4;
    if (d.bins) {
      const mine = d.bins.filter((b) => b.category === c);
      if (mine.length) {
        const base = y + BIN_H + lineHeight;
        for (const b of mine) {
          const h = Math.max(2, r2((b.incidents.length / maxCount) * BIN_H));
          const span = { left: x(b.start), right: x(b.end) };
          const count = b.incidents.length;
          bins.push({
            id: b.id, category: c, span, y: r2(base - h), h, fill: categoryPaint(c), count,
            showCount: textWidth(formatNumber(count), small) + 2 <= (span.right.f - span.left.f) * W,
            href: sitePath(opts.base, viewPath(b.detail)), label: binLabel(b),
          });
        }
        y = base + 4;
      }
    } else {
      const mine = incidents.filter((p) => p.category === c);
      if (mine.length) {
        const circles = mine.map((p) => ({ id: p.id, x: f(midDay(p)) * W, r: radius(p.drawn) }));
        const dys = dodge(circles);
        const up = Math.max(maxR, ...circles.map((p) => p.r - dys.get(p.id)!));
        const down = Math.max(maxR, ...circles.map((p) => p.r + dys.get(p.id)!));
        const centre = y + up;
        for (const p of mine) points.push(point(p, centre + dys.get(p.id)!, radius(p.drawn)));
        y = centre + down + 6;
      }
    }
    const mineP = periodRows.filter((p) => p.category === c);
    if (mineP.length) {
      const packed = packLabels(
        mineP.map((p) => ({ id: p.id, text: periodText(p), x: x(p.start < d.view.start ? d.view.start : p.start), bar: { left: x(p.start < d.view.start ? d.view.start : p.start), right: x(p.end, true) }, leader: false })),
        { minWidth: W, fontSize: small, lineHeight, maxWrap, barH: BAR_H, gap: 4 },
      );
      packed.placed.forEach((p, i) => periods.push({ id: p.id, category: c, fill: categoryPaint(c), label: p, y: r2(y), title: `${periodText(mineP[i]!)}, ${formatSpan(mineP[i]!)}.` }));
      y += packed.height + 6;
    }
    lanes.push({ category: c, label: SERIES_LABELS[c], y: r2(laneY), h: r2(y - laneY), labelY: r2(labelY) });
  }
  const plot = { y: r2(top), h: r2(y - top) };

  function point(p: TimelineRow, cy: number, rad: number): Point {
    const c = p.category as SeriesCategory;
    return {
      id: p.id, category: c, cx: x(midDay(p)), cy: r2(cy), r: r2(rad), hollow: p.hollow !== '', fill: categoryPaint(c),
      span: p.start !== p.end ? { left: x(p.start), right: x(p.end, true) } : null,
      href: sitePath(opts.base, `incidents/${p.id}/`), label: pointLabel(p),
    };
  }

  const { grid, xTicks } = axis(d, W, fontSize);
  const biggest = max(incidents, (p) => p.drawn ?? 0) ?? 0;
  const sizeLegend = !d.bins && biggest > 0 ? [...new Set([Math.round(biggest / 10), Math.round(biggest)])].filter((v) => v > 0).map((v) => ({ value: v, r: r2(radius(v)) })) : [];
  return {
    width: W, minWidth: W, height: r2(y + lineHeight + 8), fontSize, lineHeight, mode: d.bins ? 'bins' : 'dots', plot, lanes, points, bins, periods, annotations, grid, xTicks, sizeLegend,
    binUnit: d.bins?.[0]?.unit ?? '', empty: rows.length === 0,
  };
}

/** Unit boundaries as gridlines; each unit's name centred in it, thinned so no two touch at W. */
function axis(d: TimelineDrawing, W: number, fontSize: number): { grid: Fx[]; xTicks: { x: Fx; label: string }[] } {
  const f = fractionOf(d.view);
  const units: { start: string; end: string; label: string }[] = [];
  const [y0] = d.view.start.split('-').map(Number) as [number];
  const [y1] = d.view.end.split('-').map(Number) as [number];
  if (d.view.level === 'overview') {
    for (let y = y0; y < y1; y++) units.push({ start: `${y}-01-01`, end: `${y + 1}-01-01`, label: String(y) });
  } else if (d.view.level === 'year') {
    for (let m = 0; m < 12; m++) units.push({ start: `${y0}-${String(m + 1).padStart(2, '0')}-01`, end: m === 11 ? `${y0 + 1}-01-01` : `${y0}-${String(m + 2).padStart(2, '0')}-01`, label: MONTHS[m]! });
  } else {
    const [, m] = d.view.start.split('-').map(Number) as [number, number];
    for (const dd of [1, 8, 15, 22]) units.push({ start: `${d.view.start.slice(0, 8)}${String(dd).padStart(2, '0')}`, end: dd === 22 ? d.view.end : `${d.view.start.slice(0, 8)}${String(dd + 7).padStart(2, '0')}`, label: `${dd} ${MONTHS[m - 1]}` });
  }
  const grid = units.map((u) => ({ f: f(u.start), o: 0 }));
  const widest = Math.max(...units.map((u) => textWidth(u.label, fontSize))) + 8;
  const unitPx = Math.min(...units.map((u) => (f(u.end) - f(u.start)) * W));
  const step = Math.max(1, Math.ceil(widest / Math.max(unitPx, 1)));
  const xTicks = units
    .map((u) => ({ x: { f: (f(u.start) + f(u.end)) / 2, o: 0 }, label: u.label }))
    .filter((t, i) => {
      const half = textWidth(t.label, fontSize) / 2;
      // Every step-th unit, and never hanging over either edge (true at W, so at any wider width).
      return i % step === 0 && t.x.f * W >= half && (1 - t.x.f) * W >= half;
    });
  return { grid, xTicks };
}

