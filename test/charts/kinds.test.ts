import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../src/charts/registry.ts';
import { kindTable } from '../../src/charts/kind.ts';
import { swatchSvg } from '../../src/charts/legend.ts';
import { SiteData } from '../../src/model/records.ts';
import { chartSpecs, renderChart } from '../../src/charts/registry.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';

const CHARTS = path.join(import.meta.dirname, '../../src/charts');

describe('the chart kinds registry', () => {
  it('lists every kind folder (a folder with a kind.ts) in kinds.ts, so a forgotten line fails the build', () => {
    const folders = readdirSync(CHARTS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(CHARTS, d.name, 'kind.ts')))
      .map((d) => d.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(Object.keys(CHART_KINDS).sort()).toEqual(folders);
  });

  it('keys each kind by its own name (the type checker also refuses a mismatch)', () => {
    for (const [key, kind] of Object.entries(CHART_KINDS)) expect(kind.kind).toBe(key);
    const wrong = kindTable({
      // @ts-expect-error: a kind filed under another kind's name does not type-check.
      casualties: CHART_KINDS.timeline,
    });
    expect(wrong.casualties.kind).toBe('timeline');
  });

  it('draws every published chart once, with a key whose every entry has words and a swatch', () => {
    const data = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));
    for (const spec of chartSpecs(data)) {
      const a = renderChart(data, spec, '/');
      // Cached: the same object, so geometry is computed once per chart per build.
      expect(renderChart(data, spec, '/')).toBe(a);
      expect(a.layouts.wide.svg('u')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const item of a.legend) {
        expect(item.label.trim().length).toBeGreaterThan(1);
        expect(swatchSvg(item.swatch)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(\.\d+)?" height/);
      }
    }
  });
});
