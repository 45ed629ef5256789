import { apart, at, type Fx, type Span } from './fluid.ts';
import { linesWidth, longestWord, wrapLines } from './wrap.ts';

/** A label to place: its words, where it points (`x`), and an optional bar drawn under it. */
export type LabelInput = {
  id: string;
  text: string;
  /** The date it marks: an event's start, a bar's start. */
  x: Fx;
  /** A period's bar (drawn under the label, `barH` px tall); the label then starts at its start. */
  bar?: Span;
  /** Draw a line from the label down to the plot (context events). */
  leader: boolean;
};

export type PlacedLabel = {
  id: string;
  /** The date it marks (where its leader runs). */
  x: Fx;
  lines: string[];
  anchor: 'start' | 'end';
  /** Where the text starts (anchor start) or ends (anchor end). */
  textX: Fx;
  /** Top of the label box, from the top of its band. */
  y: number;
  /** The label box and, for a period, the bar's box: what nothing else may touch. */
  boxes: { span: Span; y: number; h: number }[];
  /** A leader line runs from the label's top down to the plot. */
  leader: boolean;
  bar?: { span: Span; y: number };
};

export type PackOptions = { minWidth: number; fontSize: number; lineHeight: number; maxWrap: number; barH?: number; gap?: number };

const PAD = 3;
const col = (x: Fx): Span => ({ left: x, right: { f: x.f, o: x.o + 1 } });

/**
 * Places labels so no two touch, at every width from `minWidth` up (see fluid.ts): each goes to
 * the highest free place, wrapped onto lines (never shortened), starting at its date, or ending
 * there when it would run off the right edge. Where it can, a label also keeps clear of every
 * leader line (placed in date order, a later label starts right of every earlier leader); where
 * it cannot, the label's halo masks the line where it passes (svg.ts). Pure and deterministic.
 */
export function packLabels(items: readonly LabelInput[], o: PackOptions): { placed: PlacedLabel[]; height: number } {
  const gap = o.gap ?? 2;
  const barH = o.barH ?? 0;
  const placed: PlacedLabel[] = [];
  const inside = (s: Span) => [o.minWidth, 1e4].every((w) => at(s.left, w) >= -0.01 && at(s.right, w) <= w + 0.01);
  for (const item of items) {
    const wraps = [...new Set([o.maxWrap, o.maxWrap * 0.75, o.maxWrap / 2, longestWord(item.text, o.fontSize)].map((w) => Math.max(Math.round(w), Math.ceil(longestWord(item.text, o.fontSize)))))];
    // The highest place clear of every leader, and the highest one that may cross them.
    const bests: (PlacedLabel | null)[] = [null, null];
    const scores = [Infinity, Infinity];
    // Clear of every leader line, or (labels crowding the right edge) clear of other labels
    // only, its halo masking the leaders that pass behind it.
    for (const leader of item.leader ? [true, false] : [false]) {
      for (const wrap of wraps) {
        const lines = wrapLines(item.text, wrap, o.fontSize);
        const w = linesWidth(lines, o.fontSize);
        const h = lines.length * o.lineHeight;
        const startX = item.bar ? item.bar.left : { f: item.x.f, o: item.x.o + PAD };
        const endX = item.bar ? item.bar.right : { f: item.x.f, o: item.x.o - PAD };
        const options = [
          { anchor: 'start' as const, textX: startX, span: { left: startX, right: { f: startX.f, o: startX.o + w } } },
          { anchor: 'end' as const, textX: endX, span: { left: { f: endX.f, o: endX.o - w }, right: endX } },
        ].filter((c) => inside(c.span));
        for (const c of options) {
          const boxes = (y: number) => [{ span: c.span, y, h }, ...(item.bar ? [{ span: item.bar, y: y + h, h: barH }] : [])];
          const ok = (y: number) => {
            const mine = boxes(y);
            return placed.every((p) => {
              const clearBoxes = mine.every((m) => p.boxes.every((b) => m.y + m.h + gap <= b.y || b.y + b.h + gap <= m.y || apart(m.span, b.span, o.minWidth)));
              // My leader runs down from y: nothing placed may sit below it in its column.
              const myLeader = !leader || !item.leader || p.boxes.every((b) => b.y + b.h + gap <= y || apart(col(item.x), b.span, o.minWidth, undefined, 1));
              // Their leader runs down from their top: none of my boxes may sit below it.
              const theirs = !leader || !p.leader || mine.every((m) => m.y + m.h + gap <= p.y || apart(col(p.x), m.span, o.minWidth, undefined, 1));
              return clearBoxes && myLeader && theirs;
            });
          };
          const ys = [0, ...placed.flatMap((p) => p.boxes.map((b) => b.y + b.h + gap))].sort((a, b) => a - b);
          const y = ys.find(ok);
          if (y === undefined) continue;
          const score = y + h + (item.bar ? barH : 0);
          const k = leader ? 0 : 1;
          if (score < scores[k]!) {
            scores[k] = score;
            bests[k] = { id: item.id, x: item.x, lines, anchor: c.anchor, textX: c.textX, y, boxes: boxes(y), leader: item.leader, ...(item.bar ? { bar: { span: item.bar, y: y + h } } : {}) };
          }
        }
      }
    }
    // Clear of the leaders wins, unless it squeezes the label to more than two extra lines (a
    // word per line reads worse than a line passing behind the label's halo).
    const [clear, cross] = bests;
    let best = clear && (!cross || clear.lines.length <= cross.lines.length + 2) ? clear : cross;
    if (!best) {
      // Wider than the drawing at its narrowest (one very long word): below everything.
      const lines = wrapLines(item.text, Math.max(o.maxWrap, longestWord(item.text, o.fontSize)), o.fontSize);
      const y = Math.max(0, ...placed.flatMap((p) => p.boxes.map((b) => b.y + b.h + gap)));
      const startX = item.bar ? item.bar.left : { f: item.x.f, o: item.x.o + PAD };
      const span = { left: startX, right: { f: startX.f, o: startX.o + linesWidth(lines, o.fontSize) } };
      const h = lines.length * o.lineHeight;
      best = { id: item.id, x: item.x, lines, anchor: 'start', textX: startX, y, boxes: [{ span, y, h }, ...(item.bar ? [{ span: item.bar, y: y + h, h: barH }] : [])], leader: item.leader, ...(item.bar ? { bar: { span: item.bar, y: y + h } } : {}) };
    }
    placed.push(best);
  }
  const height = Math.max(0, ...placed.flatMap((p) => p.boxes.map((b) => b.y + b.h)));
  return { placed, height };
}

