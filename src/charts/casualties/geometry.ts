import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleBand, scaleLinear } from 'd3-scale';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { formatCount } from '../../format/count.ts';
import { LAYOUTS, quarterLabel, r2, sitePath, textWidth, type LayoutName } from '../common.ts';
import { isOpenTop, rangeOf, shortCount } from '../count-marks.ts';
import { categoryPaint } from '../palette.ts';
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
  topLabel: { x: number; y: number; text: string } | null;
  label: string;
};

export type Gap = {
  kind: Exclude<RowRole, 'segment' | 'total' | 'total-only'>;
  quarters: string[];
  x: number;
  w: number;
  label: string;
  text: { x: number; y: number; rotate: boolean };
};

export type CasualtyGeometry = {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; w: number; h: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  bars: Bar[];
  gaps: Gap[];
  /** Which marks appear, so the legend lists only what is drawn. */
  used: { categories: SeriesCategory[]; derived: boolean; open: boolean; range: boolean; tick: boolean; totalOnly: boolean };
  empty: boolean;
};

const GAP_LABELS: Record<Gap['kind'], string> = {
  'no-data': 'no data',
  'not-broken-down': 'not broken down',
  'not-reported': 'not reported',
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
  const { width, fontSize } = LAYOUTS[opts.layout];
  const narrow = opts.layout === 'narrow';
  const height = narrow ? 300 : 380;
  const margin = { top: 24, right: 8, bottom: 28, left: narrow ? 40 : 52 };
  const plot = { x: margin.left, y: margin.top, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const used: CasualtyGeometry['used'] = { categories: [], derived: false, open: false, range: false, tick: false, totalOnly: false };
  if (quarters.length === 0) {
    return { width, height, fontSize, plot, yTicks: [], xTicks: [], bars: [], gaps: [], used, empty: true };
  }

  // A few quarters must not become slabs: cap the step and centre the bars.
  const span = Math.min(plot.w, quarters.length * (narrow ? 40 : 64));
  const left = plot.x + (plot.w - span) / 2;
  const x = scaleBand<string>().domain(quarters).range([left, left + span]).paddingInner(0.2).paddingOuter(0.1);
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
  // Headroom for the open-top extension and the label above the tallest bar.
  const yMax = (max(tops) || 1) * 1.12;
  const y = scaleLinear().domain([0, yMax]).nice(narrow ? 4 : 5).range([plot.y + plot.h, plot.y]);
  const tickFormat = format(',');
  const yTicks = y.ticks(narrow ? 4 : 5).map((t) => ({ y: r2(y(t)), label: tickFormat(t) }));

  const bars: Bar[] = [];
  const gapRuns: { kind: Gap['kind']; quarters: string[] }[] = [];
  const showTopLabels = x.bandwidth() >= textWidth('≥1,000', fontSize - 1);
  for (const q of quarters) {
    const inQ = rows.filter((r) => r.quarter === q);
    const bx = r2(x(q)!);
    const bw = r2(x.bandwidth());
    const gapRow = inQ.find((r) => r.role === 'no-data' || r.role === 'not-broken-down' || r.role === 'not-reported');
    if (gapRow) {
      const kind = gapRow.role as Gap['kind'];
      const last = gapRuns.at(-1);
      if (last && last.kind === kind && quarters.indexOf(last.quarters.at(-1)!) === quarters.indexOf(q) - 1) last.quarters.push(q);
      else gapRuns.push({ kind, quarters: [q] });
      continue;
    }
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
      segments.push({
        category,
        y: r2(y1),
        h: r2(y0 - y1),
        fill: categoryPaint(category),
        derived,
        open,
        value: r.drawn!,
        whisker: range ? { x: r2(bx + bw / 2), y1: r2(y(base + range.low)), y2: r2(y(base + range.high)) } : null,
        text: `${r.role === 'total-only' ? 'Total, not broken down' : SERIES_LABELS[category]}: ${formatCount(c)}${derived ? ' (derived)' : ''}${r.method === 'envelope' ? ' (sources disagree)' : ''}${r.denied_by.length ? ` (denied by ${r.denied_by.join(', ')})` : ''}`,
      });
      base += r.drawn!;
    }
    const total = inQ.find((r) => r.role === 'total' || r.role === 'total-only');
    const totalRow = inQ.find((r) => r.role === 'total');
    if (totalRow) used.tick = true;
    if (inQ.some((r) => r.role === 'total-only')) used.totalOnly = true;
    const topValue = Math.max(base, totalRow?.drawn ?? 0);
    const isOpen = segments.some((s) => s.open) || (!!total?.count && isOpenTop(total.count));
    const topY = y(topValue);
    const tickY = totalRow ? r2(y(totalRow.drawn!)) : null;
    bars.push({
      quarter: q,
      x: bx,
      w: bw,
      href: sitePath(opts.base, `quarters/${q}/`),
      kind: inQ.some((r) => r.role === 'total-only') ? 'total-only' : 'stack',
      segments,
      tick: tickY === null ? null : { y: tickY, x1: r2(bx - 2), x2: r2(bx + bw + 2) },
      openTop: isOpen ? { y: r2(topY - OPEN_EXTENSION), h: OPEN_EXTENSION } : null,
      topLabel: showTopLabels && total?.count ? { x: r2(bx + bw / 2), y: r2(topY - (isOpen ? OPEN_EXTENSION : 0) - 4), text: shortCount(total.count) } : null,
      label: `${quarterLabel(q)}. ${total?.count && totalRow ? `All perpetrators: ${formatCount(total.count)}. ` : ''}${segments.map((s) => s.text).join('. ')}.`,
    });
  }

  const gaps: Gap[] = gapRuns.map((run) => {
    const gx = r2(x(run.quarters[0]!)!);
    const gw = r2(x(run.quarters.at(-1)!)! + x.bandwidth() - gx);
    const label = GAP_LABELS[run.kind];
    const rotate = textWidth(label, fontSize - 1) > gw;
    return {
      kind: run.kind,
      quarters: run.quarters,
      x: gx,
      w: gw,
      label,
      text: { x: r2(gx + gw / 2), y: r2(rotate ? plot.y + plot.h - 4 : plot.y + plot.h - 6), rotate },
    };
  });

  // Few quarters: label each ("Q2 2022"). Many: year labels at each year's first quarter (and
  // the first quarter shown), kept only where they cannot touch the previous label.
  const xTicks: CasualtyGeometry['xTicks'] = [];
  const eachQuarter = x.step() >= textWidth('Q4 2024', fontSize) + 8;
  const minGap = textWidth(eachQuarter ? 'Q4 2024' : '2024', fontSize) + 8;
  for (const q of quarters.filter((q, i) => eachQuarter || i === 0 || q.endsWith('Q1'))) {
    const tx = r2(x(q)! + x.bandwidth() / 2);
    if (xTicks.length && tx - xTicks.at(-1)!.x < minGap) continue;
    xTicks.push({ x: tx, label: eachQuarter ? quarterLabel(q) : q.slice(0, 4) });
  }

  return { width, height, fontSize, plot, yTicks, xTicks, bars, gaps, used, empty: bars.length === 0 };
}
