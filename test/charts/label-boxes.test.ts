import { describe, expect, it } from 'vitest';
import { actorGeometry } from '../../src/charts/actor/geometry.ts';
import { actorTextBoxes } from '../../src/charts/actor/text-boxes.ts';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyTextBoxes } from '../../src/charts/casualties/text-boxes.ts';
import { valueText } from '../../src/charts/count-marks.ts';
import { overlappingPairs, outsideFrame, rotatedBox, textBox, type Box } from '../../src/charts/label-boxes.ts';
import { mapTextBoxes } from '../../src/charts/map/text-boxes.ts';
import { CHART_KINDS, chartSpecs, renderChart } from '../../src/charts/registry.ts';
import type { AnyChartKind } from '../../src/charts/kind.ts';
import { SiteData } from '../../src/model/records.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';
import type { QuarterlyRecord } from '../../src/model/records.ts';
import { quarterRange } from '../../src/pipeline/quarters.ts';
import { CATEGORY_IDS } from '../../src/schema/category.ts';
import { atLeast, between, exact, q } from './helpers.ts';

const real = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));
const LAYOUTS = ['wide', 'narrow'] as const;

function expectClear(boxes: Box[], width: number, height: number, what: string) {
  expect(overlappingPairs(boxes), `${what}: texts that overlap`).toEqual([]);
  expect(outsideFrame(boxes, width, height), `${what}: texts cut by the frame`).toEqual([]);
}

describe('label boxes', () => {
  it('measure what they should: overlapping texts overlap, apart ones do not, rotation swaps the axes', () => {
    const a = textBox('Q1 2022', 100, 50, 12, 'middle');
    expect(overlappingPairs([a, textBox('Q2 2022', 110, 50, 12, 'middle')])).toHaveLength(1);
    expect(overlappingPairs([a, textBox('Q2 2022', 200, 50, 12, 'middle')])).toEqual([]);
    expect(outsideFrame([textBox('2025', 718, 50, 11, 'middle')], 720, 100)).toEqual(['"2025"']);
    const r = rotatedBox('No report found', 50, 300, 11);
    expect(r.x1 - r.x0).toBe(11);
    expect(r.y1 - r.y0).toBeGreaterThan(80);
  });
});

/** A deterministic "random" quarterly series: n quarters, a mix of totals, breakdowns, gaps and bounds. */
function synthetic(n: number, seed: number): QuarterlyRecord[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const quarters = quarterRange('2013-Q1', '2030-Q4').slice(0, n);
  return quarters.flatMap((quarter, i) => {
    const kind = rnd();
    if (i > 0 && i < n - 1 && kind < 0.15) return [];
    const big = Math.round(rnd() ** 3 * 2000) + 1;
    if (kind < 0.45) return [q(quarter, 'all', rnd() < 0.3 ? atLeast(big) : rnd() < 0.3 ? between(big, big + 99) : exact(big))];
    const parts = CATEGORY_IDS.filter(() => rnd() < 0.5).map((c) => q(quarter, c, exact(Math.round(rnd() * big) + 1), rnd() < 0.2 ? 'derived' : 'reported'));
    return rnd() < 0.5 ? [...parts, q(quarter, 'all', exact(big))] : parts.length ? parts : [q(quarter, 'all', exact(big))];
  });
}

describe('the quarterly chart: no text overlaps another or leaves the frame', () => {
  for (const n of [1, 2, 3, 5, 9, 12, 17, 24, 40, 60])
    for (const seed of [1, 7, 42])
      it.each(LAYOUTS)(`${n} quarters (seed ${seed}), %s`, (layout) => {
        const g = casualtyGeometry(casualtyRows(synthetic(n, seed), { measure: 'killed', category: null }), { layout, base: '/' });
        expectClear(casualtyTextBoxes(g), g.width, g.height, `${n}/${seed}/${layout}`);
      });
});

/** Each kind's text boxes, from the geometry its own module computes (the same the SVG draws). */
const BOXES: Record<string, (g: never) => Box[]> = { casualties: casualtyTextBoxes, actor: actorTextBoxes, map: mapTextBoxes };

describe('every chart of the real content: no text overlaps another or leaves the frame', () => {
  const specs = chartSpecs(real).filter((s) => s.kind in BOXES);
  it.each(specs.map((s) => s.id))('%s', (id) => {
    const spec = specs.find((s) => s.id === id)!;
    const kind = CHART_KINDS[spec.kind] as AnyChartKind;
    const model = renderChart(real, spec, '/').model;
    for (const layout of LAYOUTS) {
      const g = kind.geometry(model, layout, '/') as { width: number; height: number };
      expectClear(BOXES[spec.kind]!(g as never), g.width, g.height, `${id} ${layout}`);
    }
  });
});

describe('printed values are only numbers a source stated (or their envelope), derived ones marked', () => {
  it('every value label on the bars is one row’s own count in short words; none is a sum', () => {
    const rows = casualtyRows(real.quarterly, { measure: 'killed', category: null });
    const allowed = new Set(rows.filter((r) => r.count).map((r) => valueText(r.count!, r.basis === 'derived')));
    for (const layout of LAYOUTS) {
      const g = casualtyGeometry(rows, { layout, base: '/' });
      const printed = g.bars.flatMap((b) => [b.topLabel?.text, ...b.segments.map((s) => s.valueLabel?.text)]).filter((t): t is string => !!t);
      expect(printed.length, layout).toBeGreaterThan(0);
      for (const t of printed) expect(allowed.has(t), `${layout}: "${t}" is no row's count`).toBe(true);
      for (const b of g.bars) for (const s of b.segments) if (s.valueLabel) expect(s.valueLabel.text.endsWith('†')).toBe(s.derived);
    }
  });
  it('the actor chart prints each figure’s own count, † when derived', () => {
    for (const spec of chartSpecs(real).filter((s) => s.kind === 'actor')) {
      const m = renderChart(real, spec, '/').model;
      const rows = (m.drawing as { rows: { figure_id: string; count: never; derived: boolean }[] }).rows;
      const g = actorGeometry(rows as never, (m.drawing as { category: never }).category, { layout: 'wide' });
      for (const p of g.panels)
        for (const mark of p.marks) {
          const row = rows.find((r) => r.figure_id === mark.figure_id)!;
          if (mark.valueLabel) expect(mark.valueLabel.text, spec.id).toBe(valueText(row.count, row.derived));
        }
    }
  });
});
