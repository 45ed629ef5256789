import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { col } from '../../src/datasets/column.ts';
import { ROWS } from '../../src/datasets/rows.ts';
import { publicDataFiles, toCsv } from '../../src/datasets/serialise.ts';
import { TABLES } from '../../src/datasets/tables.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';

describe('CSV output', () => {
  it('quotes commas, quotes and line breaks, leaves nulls empty and joins lists with ";"', () => {
    const row = z.object({ a: col.text('a'), b: col.int('b'), c: col.list('c') });
    const csv = toCsv(row, [{ a: 'He said "no", twice\nthen left', b: null, c: ['x', 'y'] }]);
    expect(csv).toBe('a,b,c\n"He said ""no"", twice\nthen left",,x;y\n');
    expect(csvParse(csv)[0]).toEqual({ a: 'He said "no", twice\nthen left', b: '', c: 'x;y' });
  });

  it('writes every public file, with the documented header first', async () => {
    const { data } = await buildSiteData(ROOT, path.join(ROOT, 'test/fixtures/basic'));
    const files = publicDataFiles(data!);
    expect([...files.keys()].sort()).toEqual([
      'attributions.csv', 'attributions.json', 'claims.csv', 'claims.json', 'datapackage.json', 'denials.csv', 'denials.json',
      'estimates.csv', 'estimates.json', 'figures.csv', 'figures.json', 'incidents.csv', 'incidents.json',
      'quarterly.csv', 'quarterly.json', 'reports.csv', 'reports.json', 'sources.csv', 'sources.json',
    ]);
    const pkg = JSON.parse(files.get('datapackage.json')!);
    for (const resource of pkg.resources) {
      const header = files.get(resource.path)!.split('\n')[0]!.split(',');
      expect(header).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
    const claims = csvParse(files.get('claims.csv')!);
    expect(claims.find((c) => c.kind === 'counter-claim')).toMatchObject({ by: 'The army', counts_of: 'combatants', counts: 'killed: 18', incident_id: 'hombori-2022-04-19' });
  });
});

describe('the data contract on real content', () => {
  it('every row of every table parses with its zod row schema (the build checks only the columns)', async () => {
    for (const dir of ['content', 'test/fixtures/basic']) {
      const { data } = await buildSiteData(ROOT, path.join(ROOT, dir));
      for (const table of TABLES) {
        const rows = ROWS[table.name](data!);
        expect(rows.length, `${dir}: ${table.name}`).toBeGreaterThan(0);
        for (const r of rows) expect(() => table.row.strict().parse(r)).not.toThrow();
      }
    }
  });

  it('refuses to publish a row whose columns drift from the contract', async () => {
    const { data } = await buildSiteData(ROOT, path.join(ROOT, 'test/fixtures/basic'));
    const broken = { ...data!, sources: data!.sources.map((s) => ({ ...s })) };
    const original = ROWS.sources;
    (ROWS as Record<string, unknown>).sources = (d: typeof data) => original(d!).map((r) => ({ ...r, extra: 1 }));
    try {
      expect(() => publicDataFiles(broken)).toThrow(/sources row 0 does not match the data contract/);
    } finally {
      (ROWS as Record<string, unknown>).sources = original;
    }
  });

  it('writes JSON downloads one row per line', async () => {
    const { data } = await buildSiteData(ROOT, path.join(ROOT, 'test/fixtures/basic'));
    const json = publicDataFiles(data!).get('sources.json')!;
    expect(json.split('\n')).toHaveLength(data!.sources.length + 3);
    expect(JSON.parse(json)).toHaveLength(data!.sources.length);
  });
});
