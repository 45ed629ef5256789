import type { SvgFrame } from '../kind.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { r2 } from '../common.ts';
import { el, join, text, type Markup } from '../svg.ts';
import { svgRoot, whiskerPath } from '../svg-root.ts';
import type { ActorGeometry } from './geometry.ts';
import { ACTOR_EMPTY_TEXT } from './text-boxes.ts';

/** Draws an actor's small multiples (geometry.ts) as self-contained SVG. */
export function actorSvg(g: ActorGeometry, frame: SvgFrame): Markup {
  const right = g.plot.x + g.plot.w;
  const bottom = g.height - 20;
  const panels = join(g.panels.map((p) =>
    el('g', { class: 'panel' },
      el('text', { class: 'panel-title', x: g.plot.x, y: p.y + g.fontSize, 'font-weight': '600', fill: INK }, text(p.title)),
      join(p.yTicks.map((t) =>
        el('g', { 'aria-hidden': 'true' },
          el('line', { class: 'grid', x1: g.plot.x, x2: right, y1: t.y, y2: t.y, stroke: GRID }),
          el('text', { class: 'tick-label', x: g.plot.x - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end', 'font-size': g.smallFontSize, fill: MUTED }, text(t.label))))),
      join(p.marks.map((m) =>
        el('g', { class: `actor-mark scope-${m.scope}`, tabindex: '0', role: 'img', 'aria-label': m.label },
          m.open && el('line', { class: 'open-top', x1: m.mx, x2: m.mx, y1: m.y, y2: m.y - 10, stroke: g.colour, 'stroke-dasharray': '2 2', 'stroke-width': 2 }),
          m.whisker && el('path', { class: 'whisker', d: whiskerPath(m.mx, m.whisker.y1, m.whisker.y2), stroke: INK, fill: 'none' }),
          // Several figures of one period: a band from the lowest bound stated to the highest.
          m.envelope && el('rect', { class: 'envelope', x: m.x1, y: m.y, width: r2(m.x2 - m.x1), height: r2(Math.max(m.envelope.y2 - m.y, 2)), fill: g.colour, 'fill-opacity': m.scope === 'actor' ? 0.45 : 0.2, stroke: g.colour, 'stroke-width': 1 }),
          !m.envelope && el('line', { class: 'stroke', x1: m.x1, x2: m.x2, y1: m.y, y2: m.y, stroke: g.colour, 'stroke-width': m.scope === 'actor' ? 4 : 2, 'stroke-opacity': m.scope === 'actor' ? 1 : 0.55, 'stroke-linecap': 'butt' }),
          el('circle', { cx: m.mx, cy: m.y, r: '3.5', fill: m.derived ? PAPER : g.colour, stroke: g.colour, 'stroke-width': '1.5' }),
          m.valueLabel && el('text', { class: 'value-label', x: m.valueLabel.x, y: m.valueLabel.y, 'text-anchor': m.valueLabel.anchor, 'font-size': g.smallFontSize, fill: INK }, text(m.valueLabel.text))))))));
  const xAxis = el('g', { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { class: 'baseline', x1: g.plot.x, x2: right, y1: bottom, y2: bottom, stroke: INK }),
    join(g.xTicks.map((t) => el('text', { class: 'tick-label', x: t.x, y: bottom + 15, 'text-anchor': 'middle', 'font-size': g.smallFontSize, fill: MUTED }, text(t.label)))));
  const empty = g.empty && el('text', { x: g.width / 2, y: g.height / 2, 'text-anchor': 'middle', fill: MUTED }, text(ACTOR_EMPTY_TEXT));
  return svgRoot(frame, g, panels, xAxis, empty || join([]));
}
