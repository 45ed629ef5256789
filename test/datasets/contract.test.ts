import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_CONTRACT_VERSION, TABLES } from '../../src/datasets/tables.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The v1 column lists, frozen. Journalists' and researchers' scripts read these columns by name:
 * adding a column at the end is allowed; renaming, removing or reordering one is a breaking change
 * that needs a new contract version (docs/data-contract.md), not an edit to this file.
 */
const frozen = JSON.parse(readFileSync(path.join(ROOT, 'test/datasets/contract-v1.json'), 'utf8')) as {
  version: string;
  tables: Record<string, string[]>;
};

describe('the public data contract', () => {
  it('is still major version 1', () => {
    expect(DATA_CONTRACT_VERSION.split('.')[0]).toBe(frozen.version.split('.')[0]);
  });
  for (const [name, columns] of Object.entries(frozen.tables)) {
    it(`${name}.csv keeps its v1 columns, in order (new ones only at the end)`, () => {
      const table = TABLES.find((t) => t.name === name);
      expect(table, `table ${name} was removed`).toBeDefined();
      expect(Object.keys(table!.row.shape).slice(0, columns.length)).toEqual(columns);
    });
  }
  it('has every column the foundation issue promised', () => {
    const cols = (name: string) => Object.keys(TABLES.find((t) => t.name === name)!.row.shape);
    expect(cols('incidents')).toEqual(expect.arrayContaining(['incident_id', 'date_start', 'date_end', 'date_precision', 'place', 'admin2', 'admin1', 'country', 'latitude', 'longitude', 'location_precision', 'perpetrator_ids', 'perpetrator_categories', 'killed_low', 'killed_best', 'killed_high', 'injured_low', 'injured_best', 'injured_high', 'abducted_low', 'abducted_best', 'abducted_high', 'status', 'source_ids']));
    expect(cols('figures')).toEqual(expect.arrayContaining(['figure_id', 'period_start', 'period_end', 'quarter', 'perpetrator_id', 'perpetrator_category', 'measure', 'low', 'best', 'high', 'qualifier', 'derived', 'derivation', 'source_id']));
    expect(cols('sources')).toEqual(expect.arrayContaining(['source_id', 'title', 'publisher', 'author_org', 'url', 'published', 'published_precision', 'kind']));
    expect(cols('quarterly')).toEqual(expect.arrayContaining(['quarter', 'perpetrator_category', 'measure', 'low', 'best', 'high', 'basis', 'figure_ids']));
  });
});
