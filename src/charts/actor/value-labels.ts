import { r2 } from '../common.ts';
import { valueText } from '../count-marks.ts';
import { fits, textBox, type Box } from '../label-boxes.ts';
import type { ActorGeometry, ActorMark } from './geometry.ts';
import type { ActorRow } from './rows.ts';

export type ActorValueLabel = { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' };

const PAD = 3;

/**
 * Prints each figure's value beside its line where it touches no other text: above its middle,
 * else above its start, else after its end. The highest values are placed first so a panel's
 * peak is the last to be left out; a value left out is in the tooltip and the table.
 */
export function placeActorLabels(g: ActorGeometry, rows: readonly ActorRow[], fixed: Box[]): ActorGeometry {
  const fs = g.smallFontSize;
  const placed = [...fixed];
  const byId = new Map(rows.map((r) => [r.figure_id, r]));
  const panels = g.panels.map((p) => {
    const order = [...p.marks].sort((a, b) => a.y - b.y || a.x1 - b.x1);
    const chosen = new Map<ActorMark, ActorValueLabel>();
    for (const m of order) {
      const row = byId.get(m.figure_id);
      if (!row) continue;
      const text = valueText(row.count, row.derived);
      // Above an open top's dashed extension, not through it.
      const above = m.y - (m.open ? 12 : 0) - 5;
      const candidates: ActorValueLabel[] = [
        { x: m.mx, y: above, text, anchor: 'middle' },
        { x: m.x1, y: above, text, anchor: 'start' },
        { x: m.x2 + 6, y: m.y + 0.32 * fs, text, anchor: 'start' },
      ];
      for (const c of candidates) {
        const box = textBox(c.text, c.x, c.y, fs, c.anchor);
        // Stay inside the panel, below its title.
        if (box.y0 < p.y + g.fontSize + 4 || box.y1 > p.y + p.h) continue;
        if (!fits(box, placed, g.width, g.height, PAD)) continue;
        placed.push(box);
        chosen.set(m, { ...c, x: r2(c.x), y: r2(c.y) });
        break;
      }
    }
    return { ...p, marks: p.marks.map((m) => ({ ...m, valueLabel: chosen.get(m) ?? null })) };
  });
  return { ...g, panels };
}
