import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { formatCount } from '../../format/count.ts';
import { LAYOUTS, quarterLabel, r2, sitePath, type LayoutName } from '../common.ts';
import { isOpenTop, rangeOf } from '../count-marks.ts';
import { boxesOverlap, labelWidth, type Box } from '../label-boxes.ts';
import { categoryPaint } from '../palette.ts';
import { quarterAxis, type QuarterAxis } from './axis.ts';
import { dropCollidingLabels, gapBox } from './text-boxes.ts';
import { insideLabel, valueText, type ValueLabel } from './value-labels.ts';
import type { CasualtyRow, RowRole } from './rows.ts';

export type Segment = {
  category: SeriesCategory;
  y: number;
  h: number;
  fill: string;
  derived: boolean;
  open: boolean;
  value: number;
  whisker: { x: number; y1: number; y2: number } | null;
  /** Words for tooltips and screen readers: "State forces: at least 50 (derived)". */
  text: string;
  /** The value printed inside the segment, where it fits (see value-labels.ts); null: tooltip and table only. */
  valueLabel: ValueLabel | null;
};

export type Bar = {
  quarter: string;
  x: number;
  w: number;
  href: string;
  kind: 'stack' | 'total-only';
  segments: Segment[];
  /** The all-perpetrators total over a broken-down bar. */
  tick: { y: number; x1: number; x2: number } | null;
  /** A dashed extension above a bar whose true top may be higher. */
  openTop: { y: number; h: number } | null;
  /** The reported total printed above the bar, where it fits: the total's own words, never a sum. */
  topLabel: { x: number; y: number; text: string } | null;
  label: string;
  /** The quarter's whole slot (bar plus its share of the space between bars): a wider tap target. */
  slot: { x: number; w: number };
};

export type Gap = {
  kind: Exclude<RowRole, 'segment' | 'total' | 'total-only'>;
  quarters: string[];
  x: number;
  w: number;
  label: string;
  /**
   * Where the label is printed; null where it would touch the label of the gap beside it (dozens
   * of quarters on a phone: a rotated label is a line of text wide, wider than a slot). The gap's
   * hatching, its key entry and its tooltip still say what it is.
   */
  text: { x: number; y: number; rotate: boolean } | null;
};

export type CasualtyGeometry = {
  width: number;
  height: number;
  fontSize: number;
  /** Value, total and gap labels (LAYOUTS' smallFontSize). */
  smallFontSize: number;
  plot: { x: number; y: number; w: number; h: number };
  yTicks: { y: number; label: string }[];
  /** The quarter labels under the bars (the same as axis.quarters; kept for existing readers). */
  xTicks: { x: number; label: string }[];
  /** The quarter axis: quarter labels, year band and the rules between years (axis.ts). */
  axis: QuarterAxis;
  bars: Bar[];
  gaps: Gap[];
  /** Which marks appear, so the legend lists only what is drawn. */
  used: { categories: SeriesCategory[]; derived: boolean; open: boolean; range: boolean; tick: boolean; totalOnly: boolean };
  empty: boolean;
};

const GAP_LABELS: Record<Gap['kind'], string> = {
  'no-data': 'No report found',
  'not-broken-down': 'Not broken down',
  'not-reported': 'Not reported',
};

const OPEN_EXTENSION = 12;

/**
 * Stacked bars by perpetrator category, one quarter per band, one measure. A pure function of the
 * rows (see rows.ts) and the layout: the Astro component only draws what this returns.
 * A whisker is drawn from the segment's own baseline, so it shows the segment's range, not the
 * stack's (the other segments' ranges are theirs).
 */
export function casualtyGeometry(
  rows: readonly CasualtyRow[],
  opts: { layout: LayoutName; base: string },
): CasualtyGeometry {
  const { width, fontSize, smallFontSize } = LAYOUTS[opts.layout];
  const narrow = opts.layout === 'narrow';
  const height = narrow ? 300 : 380;
  const top = 24;
  const right = 8;
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const used: CasualtyGeometry['used'] = { categories: [], derived: false, open: false, range: false, tick: false, totalOnly: false };
  if (quarters.length === 0) {
    const plot = { x: narrow ? 40 : 52, y: top, w: width - (narrow ? 40 : 52) - right, h: height - top - 28 };
    const axis = quarterAxis([], () => ({ x0: 0, x1: 0 }), { base: plot.y + plot.h, fontSize, width });
    return { width, height, fontSize, smallFontSize, plot, yTicks: [], xTicks: [], axis, bars: [], gaps: [], used, empty: true };
  }

  const stackTop = (q: string) =>
    rows.filter((r) => r.quarter === q && (r.role === 'segment' || r.role === 'total-only')).reduce((s, r) => s + r.drawn!, 0);
  const tops = quarters.map((q) => {
    const inQ = rows.filter((r) => r.quarter === q);
    let base = 0;
    const highs = inQ.map((r) => {
      const start = r.role === 'segment' ? base : 0;
      if (r.role === 'segment') base += r.drawn!;
      return r.count ? start + (r.count.high ?? r.drawn ?? 0) : 0;
    });
    return Math.max(stackTop(q), ...highs);
  });
  // Headroom for the open-top extension and the label above the tallest bar. The ticks depend on
  // the domain only, so the left margin can fit the widest tick label before the plot is laid out.
  const yMax = (max(tops) || 1) * 1.12;
  const y = scaleLinear().domain([0, yMax]).nice(narrow ? 4 : 5);
  const tickFormat = format(',');
  const tickValues = y.ticks(narrow ? 4 : 5);
  const left = Math.ceil(Math.max(narrow ? 40 : 52, ...tickValues.map((t) => labelWidth(tickFormat(t), fontSize) + 10)));

  // Bars fill the frame: one slot per quarter across the whole plot, the bar capped at a width
  // (and centred in its slot) so that a few quarters do not become slabs.
  const plotW = width - left - right;
  const step = plotW / quarters.length;
  const bw = r2(Math.min(step * 0.78, narrow ? 56 : 96));
  const index = new Map(quarters.map((q, i) => [q, i]));
  const slot = (q: string) => ({ x0: left + index.get(q)! * step, x1: left + (index.get(q)! + 1) * step });
  const barX = (q: string) => r2(slot(q).x0 + (step - bw) / 2);
  const axisHeight = quarterAxis(quarters, slot, { base: 0, fontSize, width }).height;
  const plot = { x: left, y: top, w: plotW, h: height - top - axisHeight - 4 };
  const baseY = plot.y + plot.h;
  const axis = quarterAxis(quarters, slot, { base: baseY, fontSize, width });
  y.range([baseY, plot.y]);
  const yTicks = tickValues.map((t) => ({ y: r2(y(t)), label: tickFormat(t) }));

  const bars: Bar[] = [];
  const gapRuns: { kind: Gap['kind']; quarters: string[] }[] = [];
  const labelSize = smallFontSize;
  for (const q of quarters) {
    const inQ = rows.filter((r) => r.quarter === q);
    const bx = barX(q);
    const gapRow = inQ.find((r) => r.role === 'no-data' || r.role === 'not-broken-down' || r.role === 'not-reported');
    if (gapRow) {
      const kind = gapRow.role as Gap['kind'];
      const last = gapRuns.at(-1);
      if (last && last.kind === kind && index.get(last.quarters.at(-1)!) === index.get(q)! - 1) last.quarters.push(q);
      else gapRuns.push({ kind, quarters: [q] });
      continue;
    }
    const totalOnly = inQ.some((r) => r.role === 'total-only');
    let base = 0;
    const segments: Segment[] = [];
    for (const r of inQ.filter((r) => r.role === 'segment' || r.role === 'total-only')) {
      const c = r.count!;
      const category = r.role === 'total-only' ? 'all' : (r.perpetrator_category as SeriesCategory);
      const y0 = y(base);
      const y1 = y(base + r.drawn!);
      const range = rangeOf(c);
      const derived = r.basis === 'derived';
      const open = isOpenTop(c);
      used.derived ||= derived;
      used.open ||= open;
      used.range ||= !!range;
      if (!used.categories.includes(category)) used.categories.push(category);
      const fill = categoryPaint(category);
      const seg = { y: r2(y1), h: r2(y0 - y1), fill };
      segments.push({
        category,
        ...seg,
        derived,
        open,
        value: r.drawn!,
        whisker: range ? { x: r2(bx + bw / 2), y1: r2(y(base + range.low)), y2: r2(y(base + range.high)) } : null,
        text: `${r.role === 'total-only' ? 'Total, not broken down' : SERIES_LABELS[category]}: ${formatCount(c)}${derived ? ' (derived)' : ''}${r.method === 'envelope' ? ' (sources disagree)' : ''}${r.denied_by.length ? ` (denied by ${r.denied_by.join('; ')})` : ''}`,
        // Each part's value inside its own segment. A lone total's goes above its bar; this inside
        // one is its fallback, kept only if the one above cannot be (text-boxes.ts).
        valueLabel: insideLabel(valueText(c, derived), seg, { x: bx, w: bw }, labelSize),
      });
      base += r.drawn!;
    }
    const total = inQ.find((r) => r.role === 'total' || r.role === 'total-only');
    const totalRow = inQ.find((r) => r.role === 'total');
    if (totalRow) used.tick = true;
    if (totalOnly) used.totalOnly = true;
    const topValue = Math.max(base, totalRow?.drawn ?? 0);
    const isOpen = segments.some((s) => s.open) || (!!total?.count && isOpenTop(total.count));
    const topY = y(topValue);
    const tickY = totalRow ? r2(y(totalRow.drawn!)) : null;
    // Above the bar: the reported total, or a lone part's own value (one category's chart), never a
    // sum. It may pass the bar's edges; text-boxes.ts drops it if it would touch another text.
    const lone = !total && segments.length === 1 ? inQ.find((r) => r.role === 'segment') : undefined;
    const shown = total ?? lone;
    const topText = shown?.count ? valueText(shown.count, shown.basis === 'derived') : null;
    bars.push({
      quarter: q,
      x: bx,
      w: bw,
      href: sitePath(opts.base, `quarters/${q}/`),
      kind: totalOnly ? 'total-only' : 'stack',
      segments,
      tick: tickY === null ? null : { y: tickY, x1: r2(bx - 2), x2: r2(bx + bw + 2) },
      openTop: isOpen ? { y: r2(topY - OPEN_EXTENSION), h: OPEN_EXTENSION } : null,
      topLabel: topText ? { x: r2(bx + bw / 2), y: r2(topY - (isOpen ? OPEN_EXTENSION : 0) - 4), text: topText } : null,
      label: `${quarterLabel(q)}. ${total?.count && totalRow ? `All perpetrators: ${formatCount(total.count)}. ` : ''}${segments.map((s) => s.text).join('. ')}.`,
      slot: { x: r2(slot(q).x0), w: r2(step) },
    });
  }

  const gapLabels: Box[] = [];
  const gaps: Gap[] = gapRuns.map((run) => {
    const gx = barX(run.quarters[0]!);
    const gw = r2(barX(run.quarters.at(-1)!) + bw - gx);
    const label = GAP_LABELS[run.kind];
    const rotate = labelWidth(label, labelSize) + 4 > gw;
    const text = { x: r2(gx + gw / 2), y: r2(rotate ? plot.y + plot.h - 4 : plot.y + plot.h - 6), rotate };
    const box = gapBox(label, text, labelSize);
    const fitsBeside = !gapLabels.some((b) => boxesOverlap(b, box));
    if (fitsBeside) gapLabels.push(box);
    return { kind: run.kind, quarters: run.quarters, x: gx, w: gw, label, text: fitsBeside ? text : null };
  });

  const g: CasualtyGeometry = { width, height, fontSize, smallFontSize, plot, yTicks, xTicks: axis.quarters, axis, bars, gaps, used, empty: bars.length === 0 };
  return dropCollidingLabels(g);
}
