import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_CONTRACT_VERSION, TABLES } from '../../src/datasets/tables.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The v2 column lists, frozen (written once by hand when v2 was made, never by a test).
 * Journalists' and researchers' scripts read these columns by name: adding a column at the end is
 * allowed; renaming, removing or reordering one is a breaking change that needs a new contract
 * version (docs/data-contract.md), not an edit to this file. contract-v1.json stays as the record
 * of v1, which the migration section of docs/data-contract.md maps onto v2.
 */
type Frozen = { version: string; tables: Record<string, string[]> };
const read = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'test/datasets', name), 'utf8')) as Frozen;
const v1 = read('contract-v1.json');
const v2 = read('contract-v2.json');
const docs = readFileSync(path.join(ROOT, 'docs/data-contract.md'), 'utf8');

describe('the public data contract', () => {
  it('is major version 2', () => {
    expect(DATA_CONTRACT_VERSION.split('.')[0]).toBe(v2.version.split('.')[0]);
    expect(v2.version.split('.')[0]).toBe('2');
  });
  for (const [name, columns] of Object.entries(v2.tables)) {
    it(`${name}.csv keeps its v2 columns, in order (new ones only at the end)`, () => {
      const table = TABLES.find((t) => t.name === name);
      expect(table, `table ${name} was removed`).toBeDefined();
      expect(Object.keys(table!.row.shape).slice(0, columns.length)).toEqual(columns);
    });
  }
  it('every v1 column still exists in v2 or its migration is documented', () => {
    for (const [name, columns] of Object.entries(v1.tables)) {
      for (const c of columns) {
        if (v2.tables[name]?.includes(c)) continue;
        expect(docs, `v1 column ${name}.${c} has no migration note`).toContain(`\`${name}.${c}\``);
      }
    }
  });
  it('documents, in the migration section, every v1 column whose meaning changed', () => {
    const migration = docs.slice(docs.indexOf('## Migration from v1'));
    for (const c of ['incidents.killed_best', 'incidents.killed_qualifier', 'incidents.perpetrator_ids', 'quarterly.best', 'figures.best', 'claims.claim_id', 'figures.perpetrator_category']) {
      expect(migration, c).toContain(`\`${c}\``);
    }
  });
  it('has every column the issues promised', () => {
    const cols = (name: string) => Object.keys(TABLES.find((t) => t.name === name)!.row.shape);
    expect(cols('incidents')).toEqual(expect.arrayContaining(['incident_id', 'date_start', 'date_end', 'date_precision', 'place', 'admin2', 'admin1', 'country', 'latitude', 'longitude', 'location_precision', 'perpetrator_ids', 'perpetrator_categories', 'killed_low', 'killed_best', 'killed_high', 'killed_text', 'injured_low', 'abducted_low', 'sexual-violence_low', 'status', 'source_ids', 'report_ids', 'denied_by', 'people_counts']));
    expect(cols('figures')).toEqual(expect.arrayContaining(['figure_id', 'quarter', 'perpetrator_category', 'measure', 'low', 'best', 'high', 'qualifier', 'derived', 'derivation', 'source_id', 'report_id', 'part_of', 'actor_ids', 'definition', 'denied_by']));
    expect(cols('quarterly')).toEqual(expect.arrayContaining(['quarter', 'low', 'best', 'high', 'basis', 'figure_ids', 'method', 'rule', 'text', 'denied_by', 'parts_exceed_total']));
    expect(cols('reports')).toEqual(['report_id', 'by', 'title', 'kind', 'account_ids']);
    expect(cols('attributions')).toEqual(expect.arrayContaining(['incident_id', 'claim_id', 'actor_id', 'as_named', 'stance']));
    expect(cols('denials')).toEqual(expect.arrayContaining(['scope', 'report_id', 'against', 'covers']));
  });
});
