import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { ROW_SOURCES_NAMED, chartCsv } from '../../src/charts/model.ts';
import { chartModel, chartSpecs } from '../../src/charts/registry.ts';
import { SiteData } from '../../src/model/records.ts';
import { readSiteDataRaw } from '../../src/datasets/site-data-files.ts';
import { tinySite } from './site-fixture.ts';

const real = SiteData.parse(readSiteDataRaw(new URL('../../src/generated', import.meta.url).pathname));
// Nothing to draw anywhere: no quarterly rows, no incidents, no figures; one actor.
const bare = tinySite([]);

describe('no empty download (issue 16): every chart CSV has its header', () => {
  it('a chart with no rows still publishes its header, and only its header', () => {
    const empty = chartSpecs(bare).map((s) => chartModel(bare, s, '/')).filter((m) => m.csvRecords.length === 0);
    // The actor's chart, the map, the timeline and both main charts have nothing to draw here.
    expect(empty.map((m) => m.spec.id)).toEqual(expect.arrayContaining(['actor-fama', 'map', 'timeline', 'casualties-by-perpetrator']));
    for (const m of empty) {
      const csv = chartCsv(m);
      expect(csv, m.spec.id).toBe(`${m.csvColumns.join(',')}\n`);
      expect(m.csvColumns.length, m.spec.id).toBeGreaterThan(3);
    }
  });
  it('the header names exactly the columns each record has, in order (on the real content)', () => {
    for (const spec of chartSpecs(real)) {
      const m = chartModel(real, spec, '/');
      for (const r of m.csvRecords) expect(Object.keys(r), spec.id).toEqual(m.csvColumns);
      expect(csvParse(chartCsv(m)).columns, spec.id).toEqual(m.csvColumns);
    }
  });
});

describe('per-row sources in chart tables', () => {
  it('every row with a value names the account(s) it rests on, in the table and the CSV', () => {
    for (const spec of chartSpecs(real).filter((s) => s.kind !== 'timeline')) {
      const m = chartModel(real, spec, '/');
      const col = m.table.columns.findIndex((c) => c === 'Sources' || c === 'Source');
      expect(col, spec.id).toBeGreaterThan(0);
      expect(m.table.rowSources, spec.id).toHaveLength(m.table.rows.length);
      m.table.rows.forEach((row, i) => {
        const sources = m.table.rowSources![i]!;
        const record = m.csvRecords[i]!;
        const ids = String(record.source_ids ?? record.source_id ?? '').split(' ').filter(Boolean);
        // The CSV's ids and the table's sources are the same accounts.
        expect(sources.map((s) => s.id).sort(), `${spec.id} row ${i}`).toEqual([...new Set(ids)].sort());
        // A few accounts are named one by one; more are counted by publisher, and the row links
        // to the page that lists them (test/charts/row-sources.test.ts pins the words).
        if (sources.length <= ROW_SOURCES_NAMED) expect(row[col], `${spec.id} row ${i}`).toBe(sources.map((s) => `${s.title} (${s.publisher})`).join('; '));
        else {
          expect(row[col], `${spec.id} row ${i}`).toMatch(new RegExp(`^${sources.length.toLocaleString('en')} accounts, listed one by one on `));
          for (const p of new Set(sources.map((s) => s.publisher))) expect(row[col], `${spec.id} row ${i}`).toContain(p);
          // It links to the page listing its accounts, or (a cercle not in the content as a place) says they are on its incidents' pages.
          if (String(row[col]).includes(' on the pages of its incidents: ')) expect(m.table.rowHrefs?.[i], `${spec.id} row ${i}`).toBeNull();
          else expect(m.table.rowHrefs?.[i], `${spec.id} row ${i} links to the page listing its accounts`).toMatch(/^\/(quarters\/[^/]+|incidents\/[^/]+|incidents\/at\/[^/]+)\/$/);
        }
        if (sources.length <= ROW_SOURCES_NAMED) expect(m.table.rowHrefs?.[i] ?? null, `${spec.id} row ${i}`).toBeNull();
        const hasValue = record.drawn_value !== '' || (record.kind !== undefined && record.kind !== 'cercle-total');
        if (hasValue && (record.role === undefined || !['no-data', 'not-broken-down', 'not-reported'].includes(String(record.role))))
          expect(sources.length, `${spec.id} row ${i} has a value and no source`).toBeGreaterThan(0);
      });
    }
  });
});
