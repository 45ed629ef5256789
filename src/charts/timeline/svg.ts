import type { SvgFrame } from '../kind.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { el, join, text, type Markup } from '../svg.ts';
import { svgRoot } from '../svg-root.ts';
import type { TimelineGeometry } from './geometry.ts';

/** Draws the timeline geometry (geometry.ts) as self-contained SVG. */
export function timelineSvg(g: TimelineGeometry, frame: SvgFrame): Markup {
  const axisY = g.plot.y + g.plot.h;
  const narrow = frame.layout === 'narrow';
  const xAxis = el('g', { class: 'axis axis-x', 'aria-hidden': 'true' }, join(g.xTicks.map((t) =>
    el('g', {},
      el('line', { class: 'grid', x1: t.x, x2: t.x, y1: g.plot.y, y2: axisY, stroke: GRID }),
      el('text', { class: 'tick-label', x: t.x, y: axisY + 16, 'text-anchor': 'middle', fill: MUTED }, text(t.label))))));
  const annotations = el('g', { class: 'annotations' }, join(g.annotations.map((a) =>
    el('g', { class: 'annotation' },
      el('title', {}, text(a.full)),
      a.x2 - a.x1 > 2 && el('rect', { class: 'event-span', x: a.x1, y: g.plot.y, width: a.x2 - a.x1, height: g.plot.h, fill: GRID, 'fill-opacity': 0.35 }),
      el('line', { class: 'event-line', x1: a.x1, x2: a.x1, y1: a.labelY + 3, y2: axisY, stroke: MUTED, 'stroke-dasharray': '2 3' }),
      el('text', { class: 'event-label', x: a.labelX, y: a.labelY, 'font-size': g.fontSize - 1, fill: MUTED }, text(a.text))))));
  const lanes = el('g', { class: 'lanes' }, join(g.lanes.map((l) =>
    el('g', { class: `lane c-${l.category}`, 'data-category': l.category },
      el('line', { class: 'lane-rule', x1: g.plot.x, x2: g.plot.x + g.plot.w, y1: l.y + l.h, y2: l.y + l.h, stroke: GRID }),
      el('text', { class: 'lane-label', x: l.labelX, y: l.labelY, 'text-anchor': narrow ? 'start' : 'end', 'font-size': g.fontSize - 1, fill: INK }, text(l.label))))));
  const periods = el('g', { class: 'periods' }, join(g.periods.map((p) =>
    el('g', { class: `period c-${p.category}`, 'data-category': p.category },
      el('title', {}, text(p.label)),
      el('rect', { class: `fill c-${p.category}`, x: p.x1, y: p.y - 2, width: Math.max(2, p.x2 - p.x1), height: 4, fill: p.fill })))));
  const points = el('g', { class: 'points' }, join(g.points.map((p) =>
    el('a', { class: `chart-mark point c-${p.category}`, href: p.href, 'aria-label': p.label, 'data-tip': p.label, 'data-category': p.category },
      p.span && el('line', { class: `date-span stroke c-${p.category}`, x1: p.span.x1, x2: p.span.x2, y1: p.cy, y2: p.cy, stroke: p.fill, 'stroke-width': 2 }),
      p.hollow
        ? el('circle', { class: `dot hollow stroke c-${p.category}`, cx: p.cx, cy: p.cy, r: p.r, fill: PAPER, stroke: p.fill, 'stroke-width': 1.5 })
        : el('circle', { class: `dot fill c-${p.category}`, cx: p.cx, cy: p.cy, r: p.r, fill: p.fill, 'fill-opacity': 0.8, stroke: PAPER, 'stroke-width': 1 })))));
  const baseline = el('line', { class: 'baseline', x1: g.plot.x, x2: g.plot.x + g.plot.w, y1: axisY, y2: axisY, stroke: INK, 'aria-hidden': 'true' });
  const empty = g.empty && el('text', { x: g.width / 2, y: g.height / 2, 'text-anchor': 'middle', fill: MUTED }, text('No incidents yet'));
  return svgRoot(frame, g, xAxis, annotations, lanes, periods, points, baseline, empty || join([]));
}
