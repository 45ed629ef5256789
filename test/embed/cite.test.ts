import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartFlags, citation, flagSentence } from '../../src/embed/cite.ts';
import { dataVersionAt } from '../../src/embed/data-version.ts';
import { sourceSummary } from '../../src/components/charts/source-summary.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('chart flags travel into citations and credits', () => {
  const rows = [
    { quarter: '2022-Q1', basis: 'reported', denied_by: '' },
    { quarter: '2022-Q2', basis: 'derived', denied_by: "Mali's government; The Malian army" },
    { quarter: '2022-Q3', basis: 'reported', denied_by: "Mali's government" },
  ];

  it('reads derived values and every denier, once each', () => {
    expect(chartFlags(rows)).toEqual({ derived: true, deniedBy: ["Mali's government", 'The Malian army'] });
    expect(chartFlags([{ basis: 'reported', denied_by: '' }])).toEqual({ derived: false, deniedBy: [] });
  });

  it('the citation names the chart, the data version, the flags and the address', () => {
    const text = citation({ title: 'Civilians killed', url: 'https://example.org/charts/x/?perpetrator=state-forces', dataVersion: '5df31de0d5837430', updated: '2 November 2026', flags: chartFlags(rows) });
    expect(text).toBe(
      "Civilian harm in Mali, “Civilians killed”, chart, data version 5df31de0d5837430 (data last updated 2 November 2026). Some values are derived by this site, not stated by a source (flagged in the chart). Numbers in this chart are denied by Mali's government; The Malian army. https://example.org/charts/x/?perpetrator=state-forces",
    );
    expect(flagSentence({ derived: false, deniedBy: [] })).toBe('');
  });
});

describe('the data version', () => {
  const store = () => {
    const root = tempDir('c2-version-');
    mkdirSync(path.join(root, '.data/sets/0123456789abcdef/generated'), { recursive: true });
    mkdirSync(path.join(root, 'src'));
    symlinkSync('../.data/sets/0123456789abcdef/generated', path.join(root, 'src/generated'));
    return root;
  };

  it("is the published set's manifest version", () => {
    const root = store();
    writeFileSync(path.join(root, '.data/sets/0123456789abcdef/manifest.json'), JSON.stringify({ version: '0123456789abcdef', files: {} }));
    expect(dataVersionAt(root)).toBe('0123456789abcdef');
  });

  it('refuses a manifest without a version, saying what to run', () => {
    const root = store();
    writeFileSync(path.join(root, '.data/sets/0123456789abcdef/manifest.json'), JSON.stringify({ files: {} }));
    expect(() => dataVersionAt(root)).toThrow(/has no version \(expected 16 hex digits, found undefined\); run `npm run data` again/);
    expect(() => dataVersionAt(path.join(root, 'nowhere'))).toThrow(/run `npm run data` first/);
  });
});

describe('the sources line', () => {
  const src = (id: string) => ({ id, title: id, publisher: 'P', author: null, href: `/articles/${id}/` });
  const all = [{ id: 'a', report_id: 'r1' }, { id: 'b', report_id: 'r1' }, { id: 'c', report_id: 'c' }];

  it('counts reports (one voice however many outlets) and accounts', () => {
    expect(sourceSummary([src('a'), src('b'), src('c')], all)).toEqual({ reports: 2, accounts: 3, text: 'Based on 2 reports, in 3 accounts the site read.' });
    expect(sourceSummary([src('a')], all).text).toBe('Based on 1 report, in 1 account the site read.');
    expect(sourceSummary([], all).text).toBe('No sources yet.');
  });
});
