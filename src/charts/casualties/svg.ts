import type { SvgFrame } from '../kind.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { CATEGORY_TEXTURES, TEXTURE_OPACITY, textureId } from '../category-textures.ts';
import { el, join, text, type Markup } from '../svg.ts';
import { svgRoot, whiskerPath } from '../svg-root.ts';
import { quarterLabel } from '../common.ts';
import type { CasualtyGeometry } from './geometry.ts';
import { EMPTY_TEXT } from './text-boxes.ts';
import { TONE_INK } from './value-labels.ts';

/** Draws the stacked bars (geometry.ts) as self-contained SVG. */
export function casualtySvg(g: CasualtyGeometry, frame: SvgFrame): Markup {
  const { uid } = frame;
  const base = g.plot.y + g.plot.h;
  const defs = el(
    'defs',
    {},
    el('pattern', { id: `${uid}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6, stroke: PAPER, 'stroke-width': 2.5, 'stroke-opacity': 0.75 })),
    el('pattern', { id: `${uid}-gap`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('line', { class: 'gap-line', x1: 0, y1: 0, x2: 0, y2: 8, stroke: GRID, 'stroke-width': 1.5 })),
    // Each drawn category's texture (category-textures.ts): colour is never the only cue. Only the
    // categories drawn, so a chart carries no pattern it does not use.
    join(g.used.categories.map((c) => {
      const t = CATEGORY_TEXTURES[c];
      return t && el('pattern', { id: textureId(uid, c), width: t.tile, height: t.tile, patternUnits: 'userSpaceOnUse' },
        el('path', { class: 'hatch-line texture-line', d: t.marks(t.tile, t.tile), fill: 'none', stroke: PAPER, 'stroke-width': t.strokeWidth, 'stroke-opacity': TEXTURE_OPACITY }));
    })),
  );
  const yAxis = el('g', { class: 'axis axis-y', 'aria-hidden': 'true' }, join(g.yTicks.map((t) =>
    el('g', {},
      el('line', { class: 'grid', x1: g.plot.x, x2: g.plot.x + g.plot.w, y1: t.y, y2: t.y, stroke: GRID }),
      el('text', { class: 'tick-label', x: g.plot.x - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end', fill: MUTED }, text(t.label))))));
  const gaps = el('g', { class: 'gaps' }, join(g.gaps.map((gap) =>
    el('g', { class: `gap gap-${gap.kind}` },
      el('title', {}, text(`${gap.quarters.length > 1 ? `${quarterLabel(gap.quarters[0]!)} to ${quarterLabel(gap.quarters.at(-1)!)}` : quarterLabel(gap.quarters[0]!)}: ${gap.label}`)),
      el('rect', { x: gap.x, y: g.plot.y, width: gap.w, height: g.plot.h, fill: `url(#${uid}-gap)` }),
      gap.text && el('text', {
        class: 'gap-label',
        x: gap.text.x,
        y: gap.text.y,
        'text-anchor': gap.text.rotate ? 'start' : 'middle',
        dy: gap.text.rotate ? '0.32em' : undefined,
        transform: gap.text.rotate ? `rotate(-90 ${gap.text.x} ${gap.text.y})` : undefined,
        'font-size': g.smallFontSize,
        fill: MUTED,
      }, text(gap.label))))));
  const bars = el('g', { class: 'bars' }, join(g.bars.map((b) =>
    el('a', { class: 'chart-mark', href: b.href, 'aria-label': b.label },
      join(b.segments.map((s) =>
        el('g', { class: `segment c-${s.category}`, 'data-category': s.category },
          el('rect', { class: `fill c-${s.category}`, x: b.x, y: s.y, width: b.w, height: s.h, fill: s.fill }),
          CATEGORY_TEXTURES[s.category] && el('rect', { class: 'texture', x: b.x, y: s.y, width: b.w, height: s.h, fill: `url(#${textureId(uid, s.category)})` }),
          s.derived && el('rect', { class: 'hatch', x: b.x, y: s.y, width: b.w, height: s.h, fill: `url(#${uid}-hatch)` }),
          s.open && el('line', { class: 'open-edge', x1: b.x, x2: b.x + b.w, y1: s.y, y2: s.y, stroke: PAPER, 'stroke-width': 2, 'stroke-dasharray': '3 2' })))),
      join(b.segments.map((s) => s.whisker &&
        el('path', { class: 'whisker', 'data-category': s.category, d: whiskerPath(s.whisker.x, s.whisker.y1, s.whisker.y2), stroke: INK, 'stroke-width': 1.5, fill: 'none' }))),
      b.openTop && el('rect', { class: 'open-top', x: b.x + 0.5, y: b.openTop.y, width: b.w - 1, height: b.openTop.h, fill: 'none', stroke: MUTED, 'stroke-dasharray': '3 2' }),
      b.tick && el('line', { class: 'total-tick', x1: b.tick.x1, x2: b.tick.x2, y1: b.tick.y, y2: b.tick.y, stroke: INK, 'stroke-width': 2 }),
      // The whole slot answers a tap, not only the bar: a wider target on a phone.
      el('rect', { class: 'hit', x: b.slot.x, y: g.plot.y, width: b.slot.w, height: g.plot.h, fill: 'transparent' })))));
  // Printed values sit outside the links: a link's name is its full label (which says the same
  // number in words), and a screen reader would otherwise hear the short form ("≥176") as part of
  // it (axe: label-content-name-mismatch). They pass taps through to the bar beneath.
  const values = el('g', { class: 'value-labels', 'aria-hidden': 'true', 'pointer-events': 'none' }, join(g.bars.map((b) =>
    join([
      ...b.segments.map((s) => s.valueLabel &&
        el('text', { class: `value-label ${s.valueLabel.tone}`, 'data-category': s.category, x: s.valueLabel.x, y: s.valueLabel.y, dy: '0.32em', 'text-anchor': 'middle', 'font-size': g.smallFontSize, fill: TONE_INK[s.valueLabel.tone] }, text(s.valueLabel.text))),
      b.topLabel && el('text', { class: 'top-label', x: b.topLabel.x, y: b.topLabel.y, 'text-anchor': 'middle', 'font-size': g.smallFontSize, fill: INK }, text(b.topLabel.text)),
    ]))));
  const a = g.axis;
  const xAxis = el('g', { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { class: 'baseline', x1: g.plot.x, x2: g.plot.x + g.plot.w, y1: base, y2: base, stroke: INK }),
    join(a.ticks.map((x) => el('line', { class: 'tick', x1: x, x2: x, y1: base, y2: base + 3, stroke: MUTED }))),
    join(a.quarters.map((t) => el('text', { class: 'tick-label', x: t.x, y: a.quarterY, 'text-anchor': 'middle', fill: MUTED }, text(t.label)))),
    join(a.dividers.map((x) => el('line', { class: 'year-rule', x1: x, x2: x, y1: base, y2: a.yearY + 3, stroke: GRID }))),
    join(a.mode === 'full' ? [] : a.years.map((y) => el('text', { class: 'tick-label year-label', x: y.x, y: a.yearY, 'text-anchor': 'middle', fill: MUTED }, text(y.label)))));
  const empty = g.empty && el('text', { x: g.width / 2, y: g.height / 2, 'text-anchor': 'middle', fill: MUTED }, text(EMPTY_TEXT));
  return svgRoot(frame, g, defs, yAxis, gaps, bars, values, xAxis, empty || join([]));
}
