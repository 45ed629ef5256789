import type { SvgFrame } from '../kind.ts';
import { GRID, INK, MUTED, PAPER } from '../palette.ts';
import { el, join, text, type Markup } from '../svg.ts';
import { svgRoot } from '../svg-root.ts';
import type { MapGeometry } from './geometry.ts';
import { MAP_EMPTY_TEXT } from './text-boxes.ts';

/** Draws the map geometry (geometry.ts) as self-contained SVG. */
export function mapSvg(g: MapGeometry, frame: SvgFrame): Markup {
  const fs = g.smallFontSize;
  // The country's shape once, used twice: as the paper under the cercles and as the frontier on top.
  const landId = `${frame.uid}-land`;
  const defs = el('defs', {}, el('path', { id: landId, d: g.land }));
  const land = el('use', { class: 'map-land', href: `#${landId}`, fill: PAPER, stroke: 'none' });
  // A shaded cercle strokes its own border (map-cercle-border: the theme's border colour), so the
  // border mesh below need not draw it again.
  const areas = el('g', { class: 'map-areas' }, join(g.areas.map((a) =>
    el('path', { class: `chart-mark map-area map-cercle-border bin-${a.bin.id}`, d: a.d, fill: a.bin.fill, stroke: GRID, 'stroke-width': 0.6, tabindex: '0', role: 'img', 'aria-label': a.label }))));
  const borders = el('g', { class: 'map-borders', fill: 'none', 'aria-hidden': 'true' },
    el('path', { class: 'map-cercle-border', d: g.cercleBorders, stroke: GRID, 'stroke-width': 0.6 }),
    el('path', { class: 'map-region-border', d: g.regionBorders, stroke: MUTED, 'stroke-width': 1 }),
    el('use', { class: 'map-frontier', href: `#${landId}`, stroke: INK, 'stroke-width': 1 }));
  const outlines = el('g', { class: 'map-outlines', fill: 'none' }, join(g.outlines.map((o) =>
    el('path', { class: 'map-outline', d: o.d, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 2' }, el('title', {}, text(o.label))))));
  const points = el('g', { class: 'map-points' }, join(g.points.map((p) =>
    el('a', { class: `chart-mark map-point size-${p.size.id} c-${p.category ?? 'all'}`, href: p.href, 'aria-label': p.label, 'data-category': p.category ?? undefined },
      el('circle', { class: `dot fill c-${p.category ?? 'all'}`, cx: p.cx, cy: p.cy, r: p.r, fill: p.fill, stroke: PAPER, 'stroke-width': 1 })))));
  const callouts = el('g', { class: 'map-callouts', 'aria-hidden': 'true' }, join(g.callouts.map((c) =>
    el('g', { class: `map-callout callout-${c.kind}` },
      el('line', { class: 'leader', x1: c.x, y1: c.y, x2: c.ex, y2: c.ey, stroke: MUTED, 'stroke-width': 0.75 }),
      el('text', { class: 'callout-label', x: c.lx, y: c.ly, 'text-anchor': c.side === 'left' ? 'end' : 'start', 'font-size': fs, 'font-weight': c.kind === 'figure' ? '600' : undefined, fill: INK },
        join(c.lines.map((l, i) => el('tspan', { x: c.lx, dy: i === 0 ? undefined : fs + 2 }, text(l)))))))));
  const footer = el('text', { class: 'map-footer tick-label', x: g.footer.x, y: g.footer.y, 'font-size': g.smallFontSize, fill: MUTED },
    join(g.footer.lines.map((l, i) => el('tspan', { x: g.footer.x, dy: i === 0 ? undefined : g.smallFontSize + 2 }, text(l)))));
  const empty = g.empty && el('text', { x: g.width / 2, y: g.map.y + g.map.h / 2, 'text-anchor': 'middle', fill: MUTED }, text(MAP_EMPTY_TEXT));
  return svgRoot(frame, g, defs, land, areas, borders, outlines, points, callouts, footer, empty || join([]));
}
