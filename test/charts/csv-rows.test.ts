import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { casualtyCsvRecords, casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { toCsv } from '../../src/charts/model.ts';
import { CASUALTY_CSV_COLUMNS } from '../../src/charts/casualties/rows.ts';
import { SMALL } from './helpers.ts';

describe('the CSV is exactly what is drawn', () => {
  const rows = casualtyRows(SMALL, { measure: 'killed', category: null });
  const csv = csvParse(toCsv(casualtyCsvRecords(rows), CASUALTY_CSV_COLUMNS));
  const g = casualtyGeometry(rows, { layout: 'wide', base: '/' });

  it('has one line per segment, total and gap, in drawing order', () => {
    const drawn = g.bars.flatMap((b) => b.segments.map((s) => [b.quarter, s.value]));
    const segLines = csv.filter((r) => r.role === 'segment' || r.role === 'total-only').map((r) => [r.quarter, Number(r.drawn_value)]);
    expect(segLines).toEqual(drawn);
    const ticks = g.bars.filter((b) => b.tick).map((b) => b.quarter);
    expect(csv.filter((r) => r.role === 'total').map((r) => r.quarter)).toEqual(ticks);
    expect(csv.filter((r) => r.role === 'no-data').map((r) => r.quarter)).toEqual(g.gaps.flatMap((x) => x.quarters));
  });
  it('keeps the bound in words and leaves gaps empty, not zero', () => {
    const q1 = csv.find((r) => r.quarter === '2021-Q1')!;
    expect(q1).toMatchObject({ qualifier: 'at-least', low: '100', best: '', as_reported: 'at least 100' });
    const gap = csv.find((r) => r.quarter === '2021-Q2')!;
    expect(gap).toMatchObject({ drawn_value: '', as_reported: 'no report found', source_ids: '' });
  });
  it('never includes another measure', () => {
    expect(csv.every((r) => r.measure === 'killed')).toBe(true);
    expect(csv.map((r) => r.drawn_value)).not.toContain('999');
  });
});
