import type { SvgFrame } from './kind.ts';
import { INK } from './palette.ts';
import { el, text, type Markup } from './svg.ts';

/**
 * The root of every chart SVG: self-contained (xmlns, explicit size + viewBox, generic font
 * family) so the same markup works inline, in RSS, in print and as a downloaded .svg/.png.
 * role="group" (not "img") keeps the links inside reachable by screen readers.
 */
export function svgRoot(frame: SvgFrame, size: { width: number; height: number; fontSize: number }, ...children: Markup[]): Markup {
  const { uid, title, desc, layout } = frame;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-svg--${layout}`,
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${size.width} ${size.height}`,
      role: 'group',
      'aria-labelledby': `${uid}-title`,
      'aria-describedby': `${uid}-desc`,
      'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
      'font-size': size.fontSize,
      fill: INK,
      'data-layout': layout,
    },
    el('title', { id: `${uid}-title` }, text(title)),
    el('desc', { id: `${uid}-desc` }, text(desc)),
    ...children,
  );
}

/** A whisker (range) path centred on x. */
export function whiskerPath(x: number, y1: number, y2: number): string {
  return `M${x - 3},${y1}H${x + 3}M${x},${y1}V${y2}M${x - 3},${y2}H${x + 3}`;
}
