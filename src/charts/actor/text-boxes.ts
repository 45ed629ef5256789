import { textBox, type Box } from '../label-boxes.ts';
import type { ActorGeometry } from './geometry.ts';

/** Every text the actor SVG draws (svg.ts), as boxes; font sizes and anchors match svg.ts. */
export const ACTOR_EMPTY_TEXT = 'No figures yet';

export function actorTextBoxes(g: ActorGeometry): Box[] {
  const small = g.smallFontSize;
  const bottom = g.height - 20;
  return [
    ...g.panels.flatMap((p) => [
      textBox(p.title, g.plot.x, p.y + g.fontSize, g.fontSize),
      ...p.yTicks.map((t) => textBox(t.label, g.plot.x - 6, t.y, small, 'end', 'middle')),
      ...p.marks.flatMap((m) => (m.valueLabel ? [textBox(m.valueLabel.text, m.valueLabel.x, m.valueLabel.y, small, m.valueLabel.anchor)] : [])),
    ]),
    ...g.xTicks.map((t) => textBox(t.label, t.x, bottom + 15, small, 'middle')),
    ...(g.empty ? [textBox(ACTOR_EMPTY_TEXT, g.width / 2, g.height / 2, g.fontSize, 'middle')] : []),
  ];
}
