import { fits, rotatedBox, textBox, type Box } from '../label-boxes.ts';
import { axisBoxes } from './axis.ts';
import type { Bar, CasualtyGeometry, Gap } from './geometry.ts';

/**
 * Every text the casualties SVG draws (svg.ts), as boxes: what the pure overlap test checks and
 * what the geometry uses to leave out a value label that would touch another text. Font sizes
 * and anchors here must match svg.ts.
 */
const yTickBoxes = (g: CasualtyGeometry) => g.yTicks.map((t) => textBox(t.label, g.plot.x - 6, t.y, g.fontSize, 'end', 'middle'));
/** A gap label's box, rotated or level. */
export const gapBox = (label: string, t: { x: number; y: number; rotate: boolean }, fs: number): Box => (t.rotate ? rotatedBox(label, t.x, t.y, fs) : textBox(label, t.x, t.y, fs, 'middle'));
const gapBoxes = (g: CasualtyGeometry, fs: number) => g.gaps.flatMap((gap: Gap) => (gap.text ? [gapBox(gap.label, gap.text, fs)] : []));
const topBox = (b: Bar, fs: number) => (b.topLabel ? [textBox(b.topLabel.text, b.topLabel.x, b.topLabel.y, fs, 'middle')] : []);
const valueBoxes = (b: Bar, fs: number) => b.segments.flatMap((s) => (s.valueLabel ? [textBox(s.valueLabel.text, s.valueLabel.x, s.valueLabel.y, fs, 'middle', 'middle')] : []));
export const EMPTY_TEXT = 'No quarterly figures yet';
/** Clear space kept between two labels, so two numbers never read as one. */
const LABEL_PAD = 3;

export function casualtyTextBoxes(g: CasualtyGeometry): Box[] {
  const fs = g.smallFontSize;
  return [
    ...yTickBoxes(g),
    ...axisBoxes(g.axis, g.fontSize),
    ...gapBoxes(g, fs),
    ...g.bars.flatMap((b) => [...topBox(b, fs), ...valueBoxes(b, fs)]),
    ...(g.empty ? [textBox(EMPTY_TEXT, g.width / 2, g.height / 2, g.fontSize, 'middle')] : []),
  ];
}

/**
 * Axis, tick and gap labels always stay; bars' totals (the tallest first, so the peak is never
 * the one left out), then each segment's value, are kept only where they touch no text already
 * placed and stay inside the frame. A one-segment bar's inside label is the fallback of the one
 * above it: kept only when that one is not. A value left out is still in the bar's tooltip and in the table.
 */
export function dropCollidingLabels(g: CasualtyGeometry): CasualtyGeometry {
  const fs = g.smallFontSize;
  const placed: Box[] = [...yTickBoxes(g), ...axisBoxes(g.axis, g.fontSize), ...gapBoxes(g, fs)];
  const keep = (boxes: Box[]) => {
    const ok = boxes.every((b) => fits(b, placed, g.width, g.height, LABEL_PAD));
    if (ok) placed.push(...boxes);
    return ok;
  };
  const tallestFirst = [...g.bars].filter((b) => b.topLabel).sort((a, b) => a.topLabel!.y - b.topLabel!.y || a.x - b.x);
  const keptTop = new Set(tallestFirst.filter((b) => keep(topBox(b, fs))));
  const bars = g.bars.map((b) => ({ ...b, topLabel: keptTop.has(b) ? b.topLabel : null }));
  const withValues = bars.map((b) => ({
    ...b,
    segments: b.segments.map((s) => {
      // A bar of one segment whose value is already above it needs it only once.
      const redundant = b.segments.length === 1 && b.topLabel !== null && b.topLabel.text === s.valueLabel?.text;
      return { ...s, valueLabel: s.valueLabel && !redundant && keep(valueBoxes({ ...b, segments: [s] }, fs)) ? s.valueLabel : null };
    }),
  }));
  return { ...g, bars: withValues };
}
