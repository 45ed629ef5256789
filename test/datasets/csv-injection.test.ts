import { rmSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { col } from '../../src/datasets/column.ts';
import { publicDataFiles, toCsv } from '../../src/datasets/serialise.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('CSV formula injection', () => {
  it('prefixes text cells a spreadsheet would run with an apostrophe; leaves numbers, other text and nulls alone', () => {
    const row = z.object({ t: col.text('t'), n: col.int('n'), l: col.list('l') });
    const csv = toCsv(row, [
      { t: '=HYPERLINK("https://x.test","click")', n: 5, l: ['@SUM(A1)', 'b'] },
      { t: '+1 killed', n: 0, l: [] },
      { t: '-3', n: null, l: ['-x'] },
      { t: '\tcmd', n: 12, l: ['ok'] },
      { t: '\rcmd', n: 1, l: ['ok'] },
      { t: 'Gao: 12 killed = more', n: 7, l: ['a-b'] },
    ]);
    expect(csvParse(csv).map((r) => [r.t, r.n, r.l])).toEqual([
      ["'=HYPERLINK(\"https://x.test\",\"click\")", '5', "'@SUM(A1);b"],
      ["'+1 killed", '0', ''],
      ["'-3", '', "'-x"],
      ["'\tcmd", '12', 'ok'],
      ["'\rcmd", '1', 'ok'],
      ['Gao: 12 killed = more', '7', 'a-b'],
    ]);
  });

  it('neutralises content in the published CSVs and leaves the JSON as written', async () => {
    const dir = tempContent({
      'formula.md': article('formula', [
        'incidents:',
        '  - id: formula-incident',
        '    title: "=HYPERLINK(\\"https://evil.test\\",\\"Click\\")"',
        '    date: 2022-04-19',
        '    place: hombori',
        '    perpetrators: [jnim]',
        '    description: "@SUM(1+1)*cmd|\' /C calc\'!A0"',
        '    claims:',
        '      - kind: report',
        '        by: "+Wire"',
        '        counts_of: civilians',
        '        counts: { killed: { qualifier: exact, best: 3 } }',
        '        statement: "-3 civilians"',
      ].join('\n')),
    });
    dirs.push(dir);
    const { data, problems } = await buildSiteData(ROOT, dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const files = publicDataFiles(data!);
    const incident = csvParse(files.get('incidents.csv')!).find((r) => r.incident_id === 'formula-incident')!;
    expect(incident.title).toBe('\'=HYPERLINK("https://evil.test","Click")');
    const claim = csvParse(files.get('claims.csv')!).find((r) => r.incident_id === 'formula-incident')!;
    expect([claim.by, claim.statement]).toEqual(["'+Wire", "'-3 civilians"]);
    // Numbers stay numbers.
    expect(claim.counts).toBe('killed: 3');
    const json = JSON.parse(files.get('incidents.json')!).find((r: { incident_id: string }) => r.incident_id === 'formula-incident');
    expect(json.title).toBe('=HYPERLINK("https://evil.test","Click")');
    // No cell of any CSV starts a formula.
    for (const [name, text] of files) {
      if (!name.endsWith('.csv')) continue;
      for (const r of csvParse(text)) for (const [c, v] of Object.entries(r)) expect(v, `${name} ${c}`).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
  });
});
