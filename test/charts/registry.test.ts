import { describe, expect, it } from 'vitest';
import { SiteData } from '../../src/model/records.ts';
import { chartModel, chartSpecs, renderChart } from '../../src/charts/registry.ts';
import { SMALL } from './helpers.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';

const empty = SiteData.parse({
  $comment: '', updated: '2024-01-01', sources: [{ id: 's', title: 'Note', publisher: 'UN', author_org: null, url: null,
    published: { start: '2022-01-01', end: '2022-01-01', precision: 'day' }, published_as_written: '2022-01-01', published_approximate: false,
    published_note: null, kind: 'un', language: 'en', accessed: null, report_id: 's' }],
  reports: [{ id: 's', by: 'UN', title: null, kind: 'un', account_ids: ['s'] }], report_denials: [],
  actors: [{ id: 'fama', name: 'FAMa', aliases: [], category: 'state-forces', description: '' }],
  places: [], incidents: [], figures: [], figure_claims: [], quarterly: SMALL, events: [],
  articles: [],
});

describe('chart registry', () => {
  const specs = chartSpecs(empty);
  it('lists the main chart per measure, category variants with data, the timeline and one chart per actor', () => {
    const ids = specs.map((s) => s.id);
    expect(ids).toContain('casualties-by-perpetrator');
    expect(ids).toContain('casualties-by-perpetrator-victims');
    expect(ids).toContain('casualties-by-perpetrator-state-forces');
    expect(ids).not.toContain('casualties-by-perpetrator-community-militias');
    expect(ids).toContain('timeline');
    expect(ids).toContain('actor-fama');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
  it('gives every chart a title, takeaway, description, notes, CSV and a drawable geometry', () => {
    for (const spec of specs) {
      const m = chartModel(empty, spec, '/');
      expect(m.title.length).toBeGreaterThan(5);
      expect(m.takeaway).toMatch(/\.$/);
      expect(m.description.length).toBeGreaterThan(10);
      expect(m.notes.length).toBeGreaterThan(0);
      expect(m.updated).toBe('2024-01-01');
      expect(m.csvPath).toBe(`/charts/${spec.id}.csv`);
      expect(m.table.rows).toHaveLength(m.csvRecords.length);
      for (const layout of ['wide', 'narrow'] as const) expect(renderChart(empty, spec, '/').layouts[layout].width).toBeGreaterThan(0);
    }
  });
  it('works on the generated site data, whatever it holds', () => {
    const data = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));
    for (const spec of chartSpecs(data)) expect(chartModel(data, spec).title).toBeTruthy();
  });
});
