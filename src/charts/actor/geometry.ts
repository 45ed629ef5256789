import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import type { CategoryId } from '../../schema/category.ts';
import { MEASURE_LABELS, type Measure } from '../../schema/measure.ts';
import { formatCount, formatNumber } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { LAYOUTS, r2, type LayoutName } from '../common.ts';
import { labelWidth } from '../label-boxes.ts';
import { isOpenTop, rangeOf } from '../count-marks.ts';
import { categoryPaint } from '../palette.ts';
import type { ActorRow } from './rows.ts';
import { actorTextBoxes } from './text-boxes.ts';
import { placeActorLabels, type ActorValueLabel } from './value-labels.ts';

export type ActorMark = {
  figure_id: string;
  scope: 'actor' | 'category';
  x1: number;
  x2: number;
  y: number;
  mx: number;
  derived: boolean;
  open: boolean;
  whisker: { y1: number; y2: number } | null;
  label: string;
  /** The figure's value printed beside its line, where it fits (value-labels.ts); null: tooltip and table only. */
  valueLabel: ActorValueLabel | null;
  /**
   * Set when the mark stands for ENVELOPE_FROM or more figures of one scope over one period: a band
   * from the lowest bound any of them states (y2) to the highest (y), never a middle value. Each
   * figure stays in the table and the CSV. Null for a mark of one figure.
   */
  envelope: { figures: number; y2: number } | null;
};
export type ActorPanel = {
  measure: Measure;
  title: string;
  y: number;
  h: number;
  yTicks: { y: number; label: string }[];
  marks: ActorMark[];
};
export type ActorGeometry = {
  width: number;
  height: number;
  fontSize: number;
  /** Tick and value labels (LAYOUTS' smallFontSize). */
  smallFontSize: number;
  plot: { x: number; w: number };
  colour: string;
  panels: ActorPanel[];
  xTicks: { x: number; label: string }[];
  empty: boolean;
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * From this many figures of one scope over the same period, a panel draws one band instead of a
 * line each: at 10,000 synthetic articles a category's panel held 10,000 lines on top of one
 * another (88 KB of embed against a 30 KB budget), and no reader can tell them apart anyway. Below
 * it every figure keeps its own line, so a disagreement between a few sources stays visible.
 */
export const ENVELOPE_FROM = 4;

const lowestBound = (r: ActorRow) => rangeOf(r.count)?.low ?? r.drawn;
const highestBound = (r: ActorRow) => rangeOf(r.count)?.high ?? r.drawn;

/**
 * A small multiple per measure (measures never share an axis): each figure is a line over the
 * period it covers, at the height of its number, so a year-long figure is never mistaken for a
 * quarter's. Ranges are whiskers at the line's middle; open tops get a dashed extension.
 */
export function actorGeometry(rows: readonly ActorRow[], category: CategoryId, opts: { layout: LayoutName }): ActorGeometry {
  const { width, fontSize, smallFontSize } = LAYOUTS[opts.layout];
  const right = 10;
  const panelH = 96;
  const titleH = fontSize + 8;
  const measures = [...new Set(rows.map((r) => r.measure))];
  // Each panel's value axis (its own: measures never share one), before the time axis, so the
  // left margin fits the widest tick label at the size it is drawn.
  const yOf = new Map(measures.map((m) => [m, scaleLinear().domain([0, max(rows.filter((r) => r.measure === m), (r) => r.count.high ?? r.drawn) || 1]).nice(3)]));
  const tickWidth = Math.max(0, ...[...yOf.values()].flatMap((y) => y.ticks(3).map((t) => labelWidth(format(',')(t), smallFontSize))));
  const left = Math.ceil(Math.max(opts.layout === 'narrow' ? 36 : 48, tickWidth + 10));
  const starts = rows.map((r) => r.start).sort();
  const ends = rows.map((r) => r.end).sort();
  const x = scaleUtc()
    .domain([utcYear.floor(day(starts[0] ?? '2020-01-01')), utcYear.ceil(utcDay.offset(day(ends.at(-1) ?? '2020-12-31'), 1))])
    .range([left, width - right]);
  const panels: ActorPanel[] = [];
  let top = 4;
  for (const m of measures) {
    const mine = rows.filter((r) => r.measure === m);
    const py = top + titleH;
    const y = yOf.get(m)!.copy().range([py + panelH, py + 8]);
    // The measure's full name, or (where it would run past the frame) the name before its gloss in
    // brackets: "Civilian victims (killed, injured, …)" becomes "Civilian victims"; the table keeps the full name.
    const full = MEASURE_LABELS[m];
    const title = labelWidth(full, fontSize) <= width - left ? full : full.split(' (')[0]!;
    panels.push({
      measure: m,
      title,
      y: r2(top),
      h: r2(titleH + panelH),
      yTicks: y.ticks(3).map((t) => ({ y: r2(y(t)), label: format(',')(t) })),
      marks: groupByPeriod(mine).flatMap((group): ActorMark[] => {
        if (group.length >= ENVELOPE_FROM) return [envelopeMark(group, x, y)];
        return group.map((r) => {
        const [x1, x2] = spanX(r, x);
        const range = rangeOf(r.count);
        return {
          figure_id: r.figure_id,
          scope: r.scope,
          x1: r2(x1),
          x2: r2(x2),
          y: r2(y(r.drawn)),
          mx: r2((x1 + x2) / 2),
          derived: r.derived,
          open: isOpenTop(r.count),
          whisker: range ? { y1: r2(y(range.low)), y2: r2(y(range.high)) } : null,
          // The measure is named: two panels may hold the same number for one period (101 violations, 101 killed).
          label: `${MEASURE_LABELS[r.measure]}, ${formatSpan(r)}: ${formatCount(r.count)}${r.derived ? ' (derived)' : ''}${r.scope === 'category' ? ', whole category' : ''}.`,
          valueLabel: null,
          envelope: null,
        };
        });
      }),
    });
    top += titleH + panelH + 8;
  }
  const xTicks: ActorGeometry['xTicks'] = [];
  for (const t of x.ticks(utcYear.every(1)!)) {
    const tx = r2(x(t));
    const label = String(t.getUTCFullYear());
    const half = labelWidth(label, smallFontSize) / 2;
    // A year whose label would be cut by the frame's edge (the axis's last tick) is left out.
    if (tx - half < 0 || tx + half > width) continue;
    if (xTicks.length && tx - xTicks.at(-1)!.x < 2 * half + 10) continue;
    xTicks.push({ x: tx, label });
  }
  const g: ActorGeometry = {
    width,
    height: r2(Math.max(top + 20, 80)),
    fontSize,
    smallFontSize,
    plot: { x: left, w: width - left - right },
    colour: categoryPaint(category),
    panels,
    xTicks,
    empty: rows.length === 0,
  };
  // Titles, ticks and axis labels are placed; the values go where they touch none of them.
  return placeActorLabels(g, rows, actorTextBoxes(g));
}

/** Where a line over a period starts and ends: its first day to the day after its last, at least 3 px. */
function spanX(r: { start: string; end: string }, x: (d: Date) => number): [number, number] {
  const x1 = x(day(r.start));
  return [x1, Math.max(x(utcDay.offset(day(r.end), 1)), x1 + 3)];
}

/** A panel's rows grouped by scope and period, in the rows' order (first appearance). */
function groupByPeriod(rows: readonly ActorRow[]): ActorRow[][] {
  const groups = new Map<string, ActorRow[]>();
  for (const r of rows) {
    const k = `${r.scope}|${r.start}|${r.end}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return [...groups.values()];
}

/** One band for several figures of one scope and period: lowest stated bound to highest, labelled with both. */
function envelopeMark(group: readonly ActorRow[], x: (d: Date) => number, y: (v: number) => number): ActorMark {
  const first = group[0]!;
  const lowest = group.reduce((a, b) => (lowestBound(b) < lowestBound(a) ? b : a));
  const highest = group.reduce((a, b) => (highestBound(b) > highestBound(a) ? b : a));
  const derived = group.some((r) => r.derived);
  const [x1, x2] = spanX(first, x);
  const figures = formatNumber(group.length);
  const reportCount = new Set(group.map((r) => r.report_id)).size;
  const reports = `${formatNumber(reportCount)} report${reportCount === 1 ? '' : 's'}`;
  return {
    figure_id: '',
    scope: first.scope,
    x1: r2(x1),
    x2: r2(x2),
    y: r2(y(highestBound(highest))),
    mx: r2((x1 + x2) / 2),
    derived,
    open: isOpenTop(highest.count),
    whisker: null,
    label:
      `${MEASURE_LABELS[first.measure]}, ${formatSpan(first)}${first.scope === 'category' ? ', whole category' : ''}: ` +
      `${figures} figures from ${reports}, from ${formatCount(lowest.count)} to ${formatCount(highest.count)}` +
      `${derived ? ' (some derived by this site)' : ''}. Each is listed in the table.`,
    valueLabel: null,
    envelope: { figures: group.length, y2: r2(y(lowestBound(lowest))) },
  };
}
