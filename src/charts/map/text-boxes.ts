import { textBox, type Box } from '../label-boxes.ts';
import type { MapGeometry } from './geometry.ts';

/** Every text the map SVG draws (svg.ts), one box per line; font sizes and anchors match svg.ts. */
export const MAP_EMPTY_TEXT = 'No incidents yet';

export function mapTextBoxes(g: MapGeometry): Box[] {
  const fs = g.smallFontSize;
  return [
    ...g.callouts.flatMap((c) => c.lines.map((l, i) => textBox(l, c.lx, c.ly + i * (fs + 2), fs, c.side === 'left' ? 'end' : 'start'))),
    ...g.footer.lines.map((l, i) => textBox(l, g.footer.x, g.footer.y + i * (g.smallFontSize + 2), g.smallFontSize)),
    ...(g.empty ? [textBox(MAP_EMPTY_TEXT, g.width / 2, g.map.y + g.map.h / 2, g.fontSize, 'middle')] : []),
  ];
}
