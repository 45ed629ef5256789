import type { SvgFrame } from '../kind.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { el, join, text, type Markup } from '../svg.ts';
import { pct, type Fx } from './fluid.ts';
import type { TimelineGeometry } from './geometry.ts';
import type { PlacedLabel } from './pack.ts';

/** x as the SVG writes it: a percentage of the drawing's width, shifted by whole pixels. */
const X = (x: Fx) => ({ x: pct(x.f), ...(x.o ? { dx: x.o } : {}) });

/**
 * Text drawn over a halo of the background colour (the `halo` class follows the theme), so a
 * line passing behind a label never runs through its letters.
 */
const HALO = { stroke: PAPER, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };

/** A wrapped label: one <tspan> per line, each starting (or ending) at the label's x. */
function label(l: PlacedLabel, top: number, lineHeight: number, attrs: Record<string, string | number>): Markup {
  return el('text', { ...attrs, 'text-anchor': l.anchor },
    join(l.lines.map((line, i) => el('tspan', { ...X(l.textX), y: top + l.y + (i + 1) * lineHeight - 4 }, text(line)))));
}

/**
 * Draws the timeline geometry (geometry.ts) as self-contained SVG. The page's drawing (`narrow`)
 * is fluid: 100% wide, fixed height, every horizontal position a percentage, so one drawing serves
 * every width and nothing is drawn twice. The `wide` one has a fixed size and viewBox for the
 * downloads and cards (percentages resolve against its 720 px).
 */
export function timelineSvg(g: TimelineGeometry, frame: SvgFrame): Markup {
  const fluid = frame.layout === 'narrow';
  const axisY = g.plot.y + g.plot.h;
  const small = g.fontSize - 1;
  const xAxis = el('g', { class: 'axis axis-x', 'aria-hidden': 'true' },
    join(g.grid.map((x) => el('line', { class: 'grid', x1: pct(x.f), x2: pct(x.f), y1: g.plot.y, y2: axisY, stroke: GRID }))),
    join(g.xTicks.map((t) => el('text', { class: 'tick-label', ...X(t.x), y: axisY + g.lineHeight, 'text-anchor': 'middle', fill: MUTED }, text(t.label)))));
  // Lines first, labels after: a label's halo then masks any line that passes behind it.
  const annotations = el('g', { class: 'annotations' },
    join(g.annotations.map((a) =>
      el('g', { class: 'annotation-line', 'aria-hidden': 'true' },
        a.span && el('rect', { class: 'event-span', x: pct(a.span.left.f), y: g.plot.y, width: pct(Math.max(0, a.span.right.f - a.span.left.f)), height: g.plot.h, fill: GRID, 'fill-opacity': 0.35 }),
        el('line', { class: 'event-line', x1: pct(a.label.x.f), x2: pct(a.label.x.f), y1: a.y + a.label.y, y2: axisY, stroke: MUTED, 'stroke-dasharray': '2 3' })))),
    join(g.annotations.map((a) =>
      el('g', { class: 'annotation' },
        el('title', {}, text(a.title)),
        label(a.label, a.y, g.lineHeight, { class: 'event-label halo', 'font-size': small, fill: MUTED, ...HALO })))));
  const lanes = el('g', { class: 'lanes' }, join(g.lanes.map((l) =>
    el('g', { class: `lane c-${l.category}`, 'data-category': l.category },
      el('line', { class: 'lane-rule', x1: '0%', x2: '100%', y1: l.y + l.h, y2: l.y + l.h, stroke: GRID }),
      el('text', { class: 'lane-label halo', x: 0, y: l.labelY, 'font-size': small, 'font-weight': 600, fill: INK, ...HALO }, text(l.label))))));
  const periods = el('g', { class: 'periods' }, join(g.periods.map((p) =>
    el('g', { class: `period c-${p.category}`, 'data-category': p.category },
      el('title', {}, text(p.title)),
      label(p.label, p.y, g.lineHeight, { class: 'period-label halo', 'font-size': small, fill: INK, ...HALO }),
      p.label.bar && el('rect', { class: `fill c-${p.category}`, x: pct(p.label.bar.span.left.f), y: p.y + p.label.bar.y, width: pct(Math.max(0, p.label.bar.span.right.f - p.label.bar.span.left.f)), height: 8, fill: p.fill, stroke: p.fill, 'stroke-width': 1 })))));
  const points = el('g', { class: 'points' }, join(g.points.map((p) =>
    el('a', { class: `chart-mark point c-${p.category}`, href: p.href, 'aria-label': p.label, 'data-category': p.category },
      p.span && el('line', { class: `date-span stroke c-${p.category}`, x1: pct(p.span.left.f), x2: pct(p.span.right.f), y1: p.cy, y2: p.cy, stroke: p.fill, 'stroke-width': 2 }),
      p.hollow
        ? el('circle', { class: `dot hollow stroke c-${p.category}`, cx: pct(p.cx.f), cy: p.cy, r: p.r, fill: PAPER, stroke: p.fill, 'stroke-width': 1.5 })
        : el('circle', { class: `dot fill c-${p.category}`, cx: pct(p.cx.f), cy: p.cy, r: p.r, fill: p.fill, 'fill-opacity': 0.8, stroke: PAPER, 'stroke-width': 1 })))));
  const bins = el('g', { class: 'bins' }, join(g.bins.map((b) =>
    el('a', { class: `chart-mark bin c-${b.category}`, href: b.href, 'aria-label': b.label, 'data-category': b.category },
      el('rect', { class: `hit fill c-${b.category}`, x: pct(b.span.left.f), y: b.y, width: pct(b.span.right.f - b.span.left.f), height: b.h, fill: b.fill, stroke: PAPER, 'stroke-width': 1 }),
      b.showCount && el('text', { class: 'bin-count halo', ...HALO, x: pct((b.span.left.f + b.span.right.f) / 2), y: b.y - 3, 'text-anchor': 'middle', 'font-size': small, fill: INK }, text(String(b.count)))))));
  const baseline = el('line', { class: 'baseline', x1: '0%', x2: '100%', y1: axisY, y2: axisY, stroke: INK, 'aria-hidden': 'true' });
  const empty = g.empty && el('text', { x: '50%', y: g.height / 2, 'text-anchor': 'middle', fill: MUTED }, text('No incidents yet'));
  const { uid, title, desc, layout } = frame;
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: `chart-svg chart-svg--${fluid ? 'fluid' : layout}`,
    width: fluid ? '100%' : g.width,
    height: g.height,
    ...(fluid ? {} : { viewBox: `0 0 ${g.width} ${g.height}` }),
    role: 'group',
    'aria-labelledby': `${uid}-title`,
    'aria-describedby': `${uid}-desc`,
    'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    'font-size': g.fontSize,
    fill: INK,
    'data-layout': layout,
    'data-min-width': g.minWidth,
  },
  el('title', { id: `${uid}-title` }, text(title)),
  el('desc', { id: `${uid}-desc` }, text(desc)),
  xAxis, annotations, lanes, periods, bins, points, baseline, empty || join([]));
}
