import { contrastRatio } from '../colour-vision.ts';
import { r2 } from '../common.ts';
import { DERIVED_MARK, valueText } from '../count-marks.ts';
import { labelWidth } from '../label-boxes.ts';

/**
 * Values printed on the bars. A printed value is always the count's own words in short form
 * ("≥527", "20–30", "≈281–288"): a claim as stated, or an envelope of claims, never a sum of
 * segments or any number no source stated. A value this site derived carries DERIVED_MARK, which
 * the key explains; the hatching says the same on the segment itself.
 */
export { DERIVED_MARK, valueText };

/** Dark text on a light fill, light text on a dark one: the label's class (charts.css fixes the colour for every theme). */
export type Tone = 'on-light' | 'on-dark';
// Pure black and white: for any fill one of them reads at 4.5:1 or better (not so with #111).
export const TONE_INK: Record<Tone, string> = { 'on-light': '#000000', 'on-dark': '#FFFFFF' };

export type ValueLabel = { x: number; y: number; text: string; tone: Tone };

/** The text colour with the higher contrast on the fill (for any colour it is at least 4.5:1). */
export function toneOn(fill: string): Tone {
  return contrastRatio(fill, TONE_INK['on-light']) >= contrastRatio(fill, TONE_INK['on-dark']) ? 'on-light' : 'on-dark';
}

/**
 * The label inside a segment, centred (drawn with dy="0.32em"), or null when the segment is too
 * short or the bar too narrow for it: then the value is in the tooltip and the table only.
 */
export function insideLabel(text: string, seg: { y: number; h: number; fill: string }, bar: { x: number; w: number }, fontSize: number): ValueLabel | null {
  if (seg.h < fontSize + 3 || labelWidth(text, fontSize) + 4 > bar.w) return null;
  return { x: r2(bar.x + bar.w / 2), y: r2(seg.y + seg.h / 2), text, tone: toneOn(seg.fill) };
}
