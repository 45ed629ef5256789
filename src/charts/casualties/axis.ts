import { quarterLabel, r2 } from '../common.ts';
import { labelWidth, textBox, type Box } from '../label-boxes.ts';

/**
 * The quarter axis, in the first of three forms that fits the step between quarters:
 * - `full`: every quarter named in full, "Q1 2022" (a few quarters);
 * - `band`: every quarter "Q1"…"Q4" (or, when those would touch, Q1 and Q3 only, every quarter
 *   still ticked), with the years on a band below, each year centred under its own quarters and
 *   divided from the next by a rule;
 * - `years`: too many quarters to name each: a tick per quarter and the year band.
 * Never a bare "2022" under a quarter's bar: a year label always spans its quarters. A year label
 * that cannot fit without touching its neighbour is shortened to "’22", else left out (its
 * quarters' bars still carry their quarter in their tooltip and the table).
 */
export type QuarterTick = { x: number; label: string };
export type YearBand = { label: string; x: number; x0: number; x1: number };
export type QuarterAxis = {
  mode: 'full' | 'band' | 'years';
  /** Baseline of the quarter labels and of the year labels (below the plot). */
  quarterY: number;
  yearY: number;
  quarters: QuarterTick[];
  /** Every quarter's centre: the small ticks on the baseline. */
  ticks: number[];
  years: YearBand[];
  /** x of the rules between years (at the boundary between two quarters' slots). */
  dividers: number[];
  /** Height the axis needs below the plot. */
  height: number;
};

const PAD = 6;

export function quarterAxis(
  quarters: readonly string[],
  slot: (q: string) => { x0: number; x1: number },
  opts: { base: number; fontSize: number; width: number },
): QuarterAxis {
  const fs = opts.fontSize;
  const centre = (q: string) => (slot(q).x0 + slot(q).x1) / 2;
  const step = quarters.length ? slot(quarters[0]!).x1 - slot(quarters[0]!).x0 : 0;
  const quarterY = r2(opts.base + 4 + fs);
  const ticks = quarters.map((q) => r2(centre(q)));
  if (step >= labelWidth('Q4 2024', fs) + PAD) {
    return {
      mode: 'full', quarterY, yearY: quarterY, ticks, years: [], dividers: [], height: 8 + fs,
      quarters: quarters.map((q) => ({ x: r2(centre(q)), label: quarterLabel(q) })),
    };
  }
  const stride = step >= labelWidth('Q4', fs) + PAD ? 1 : 2 * step >= labelWidth('Q4', fs) + PAD ? 2 : 0;
  const named = stride > 0;
  const yearY = r2(named ? quarterY + fs + 6 : quarterY);
  const byYear = new Map<string, string[]>();
  for (const q of quarters) byYear.set(q.slice(0, 4), [...(byYear.get(q.slice(0, 4)) ?? []), q]);
  const spans = [...byYear].map(([year, qs]) => ({ year, x0: slot(qs[0]!).x0, x1: slot(qs.at(-1)!).x1, n: qs.length }));
  // Whole years first, so a partial year at either end gives way to its neighbour, never the reverse.
  const placed: { span: (typeof spans)[number]; label: string; box: Box }[] = [];
  for (const s of [...spans].sort((a, b) => b.n - a.n || a.x0 - b.x0)) {
    const x = (s.x0 + s.x1) / 2;
    for (const label of [s.year, `’${s.year.slice(2)}`]) {
      const box = textBox(label, x, yearY, fs, 'middle');
      const clear = box.x0 >= 0 && box.x1 <= opts.width && placed.every((p) => box.x1 + 2 <= p.box.x0 || box.x0 >= p.box.x1 + 2);
      if (clear) {
        placed.push({ span: s, label, box });
        break;
      }
    }
  }
  return {
    mode: named ? 'band' : 'years',
    quarterY,
    yearY,
    quarters: named ? quarters.filter((q) => stride === 1 || q.endsWith('Q1') || q.endsWith('Q3')).map((q) => ({ x: r2(centre(q)), label: q.slice(5) })) : [],
    ticks,
    years: placed.sort((a, b) => a.span.x0 - b.span.x0).map((p) => ({ label: p.label, x: r2((p.span.x0 + p.span.x1) / 2), x0: r2(p.span.x0), x1: r2(p.span.x1) })),
    dividers: spans.slice(1).map((s) => r2(s.x0)),
    height: (named ? 2 * fs + 6 : fs) + 8,
  };
}

/** The boxes of the axis's texts (for the collision checks). */
export function axisBoxes(a: QuarterAxis, fontSize: number): Box[] {
  return [
    ...a.quarters.map((t) => textBox(t.label, t.x, a.quarterY, fontSize, 'middle')),
    ...(a.mode === 'full' ? [] : a.years.map((y) => textBox(y.label, y.x, a.yearY, fontSize, 'middle'))),
  ];
}
