import { r2 } from '../common.ts';
import { labelWidth as textWidth } from '../label-boxes.ts';

/**
 * Labels set in two columns beside the map, each joined to its place by a leader line: stacked
 * top to bottom in the order of their places, so no two labels can overlap at any width the SVG
 * is scaled to, however crowded central Mali gets.
 */
export type Anchor = { key: string; x: number; y: number; text: string; kind: 'cercle' | 'point' | 'figure' };
export type Callout = Anchor & { side: 'left' | 'right'; lines: string[]; lx: number; ly: number; ex: number; ey: number; h: number };

/**
 * Words wrapped to a column width. A hyphenated name may break after its hyphen ("Gourma-" /
 * "Rharous"), so it fits a phone's narrow column; a word longer than the column stays whole.
 */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  const pieces = text.split(' ').flatMap((word) => word.split(/(?<=-)(?=.)/).map((p, i) => ({ p, glue: i === 0 ? ' ' : '' })));
  for (const { p, glue } of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last}${glue}${p}`, fontSize) <= width) lines[lines.length - 1] = `${last}${glue}${p}`;
    else lines.push(p);
  }
  return lines;
}

export function placeCallouts(
  anchors: readonly Anchor[],
  opts: { left: number; right: number; colW: number; top: number; bottom: number; fontSize: number; midX: number },
): { callouts: Callout[]; bottom: number } {
  const lineH = opts.fontSize + 2;
  const gap = 4;
  const out: Callout[] = [];
  let bottom = opts.bottom;
  for (const side of ['left', 'right'] as const) {
    const mine = anchors
      .filter((a) => (a.x < opts.midX) === (side === 'left'))
      .sort((a, b) => a.y - b.y || a.key.localeCompare(b.key))
      .map((a) => {
        const lines = wrap(a.text, opts.colW - 8, opts.fontSize);
        return { ...a, lines, h: lines.length * lineH };
      });
    // Forward: each label at its place's height, or just below the one above.
    const ys: number[] = [];
    mine.forEach((m, i) => {
      const wanted = m.y - m.h / 2;
      ys.push(i === 0 ? Math.max(opts.top, wanted) : Math.max(wanted, ys[i - 1]! + mine[i - 1]!.h + gap));
    });
    // Backward: pull the stack up if it runs past the bottom, never above the top.
    for (let i = mine.length - 1; i >= 0; i--) {
      const limit = i === mine.length - 1 ? bottom - mine[i]!.h : ys[i + 1]! - mine[i]!.h - gap;
      ys[i] = Math.max(Math.min(ys[i]!, limit), i === 0 ? opts.top : ys[i - 1]! + mine[i - 1]!.h + gap);
    }
    mine.forEach((m, i) => {
      const y = ys[i]!;
      bottom = Math.max(bottom, y + m.h);
      const lx = side === 'left' ? opts.left - 6 : opts.right + 6;
      out.push({
        ...m,
        side,
        lx: r2(lx),
        ly: r2(y + opts.fontSize),
        ex: r2(side === 'left' ? opts.left - 3 : opts.right + 3),
        ey: r2(y + m.h / 2),
        x: r2(m.x),
        y: r2(m.y),
      });
    });
  }
  return { callouts: out, bottom };
}

/** True when two callouts' boxes overlap: the tests assert this never happens. */
export function overlaps(a: Callout, b: Callout, fontSize: number): boolean {
  const box = (c: Callout) => {
    const w = Math.max(...c.lines.map((l) => textWidth(l, fontSize)));
    const x0 = c.side === 'left' ? c.lx - w : c.lx;
    return { x0, x1: x0 + w, y0: c.ly - fontSize, y1: c.ly - fontSize + c.h };
  };
  const p = box(a);
  const q = box(b);
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}
