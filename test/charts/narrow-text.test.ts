import { describe, expect, it } from 'vitest';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyTextBoxes } from '../../src/charts/casualties/text-boxes.ts';
import { overlappingPairs } from '../../src/charts/label-boxes.ts';
import { chartSpecs, renderChart } from '../../src/charts/registry.ts';
import { SiteData } from '../../src/model/records.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';
import { quarterRange } from '../../src/pipeline/quarters.ts';
import { exact, q } from './helpers.ts';

/**
 * The narrow drawing is shown at 0.8 of its size on a 320 px phone (288 px of page), so none of its
 * text may be set under 11 px (8.8 px on screen; test/browser/chart-layout.test.ts measures it in
 * Chromium). Here, without a browser: every font size the narrow SVG of every real chart sets.
 */
const real = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));

const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('narrow drawings: no text under 11 px', () => {
  const specs = chartSpecs(real);
  it('covers every kind', () => {
    expect(new Set(specs.map((s) => s.kind))).toEqual(new Set(['casualties', 'timeline', 'actor', 'map']));
  });
  it.each(specs.map((s) => s.id))('%s', (id) => {
    const chart = renderChart(real, specs.find((s) => s.id === id)!, '/');
    const sizes = fontSizes(chart.layouts.narrow.svg('t'));
    expect(sizes.length).toBeGreaterThan(0);
    // A fluid drawing (the timeline) is never scaled: its sizes are on-screen pixels already.
    const floor = chart.fluid ? 8.8 : 11;
    expect(sizes.filter((s) => s < floor)).toEqual([]);
  });
});

describe('quarterly gap labels when dozens of quarters crowd a phone', () => {
  // Every other quarter without a report: each gap one slot wide, two slots from the next.
  const quarters = quarterRange('2010-Q1', '2024-Q4');
  const rows = casualtyRows(
    quarters.filter((_, i) => i % 2 === 0 || i === quarters.length - 1).map((quarter) => q(quarter, 'all', exact(10))),
    { measure: 'killed', category: null },
  );
  it('prints a gap label only where it touches no other, and keeps every gap drawn', () => {
    const g = casualtyGeometry(rows, { layout: 'narrow', base: '/' });
    const gaps = quarters.length / 2 - 1;
    expect(g.gaps).toHaveLength(gaps);
    const printed = g.gaps.filter((gap) => gap.text !== null);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.length).toBeLessThan(gaps);
    expect(overlappingPairs(casualtyTextBoxes(g))).toEqual([]);
  });
  it('prints every gap label where there is room (the wide drawing)', () => {
    const g = casualtyGeometry(rows, { layout: 'wide', base: '/' });
    expect(g.gaps.every((gap) => gap.text !== null)).toBe(true);
  });
});
