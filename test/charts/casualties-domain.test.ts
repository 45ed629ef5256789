import { describe, expect, it } from 'vitest';
import { SERIES_END_EVENT_ID, seriesEndQuarter } from '../../src/charts/casualties/domain.ts';
import { casualtyModel, casualtyRowsOf } from '../../src/charts/casualties/model.ts';
import { SMALL, exact, q } from './helpers.ts';
import { event, tinySite } from './site-fixture.ts';

const quarters = (rows: { quarter: string }[]) => [...new Set(rows.map((r) => r.quarter))];
const spec = { id: 'casualties-by-perpetrator', kind: 'casualties' as const, measure: 'killed' as const, category: null, alternates: [] };

describe('the quarterly axis runs to the series’ end event', () => {
  it('is looked up by a named id (MINUSMA’s departure), not a typed quarter', () => {
    expect(SERIES_END_EVENT_ID).toBe('minusma-ends-2023-12-31');
    expect(seriesEndQuarter([event(SERIES_END_EVENT_ID, '2023-12-31')])).toBe('2023-Q4');
    expect(seriesEndQuarter([event('another-event', '2023-12-31')])).toBeNull();
  });
  it('when the event is present, runs past the data to its quarter, each quarter after the last report a labelled gap', () => {
    const data = tinySite(SMALL, [event(SERIES_END_EVENT_ID, '2022-08-15', 'The mission ends')]);
    const rows = casualtyRowsOf(data, 'killed', null);
    expect(quarters(rows).at(-1)).toBe('2022-Q3');
    expect(rows.filter((r) => r.quarter > '2021-Q4').map((r) => [r.quarter, r.role])).toEqual([
      ['2022-Q1', 'no-data'],
      ['2022-Q2', 'no-data'],
      ['2022-Q3', 'no-data'],
    ]);
    const m = casualtyModel(data, spec, '/');
    expect(m.description).toContain('The axis runs to Q3 2022, the quarter of the context event “The mission ends”.');
    expect(m.table.rows.filter((r) => r[0] === 'Q3 2022')[0]![2]).toBe('no report found');
  });
  it('when the event is absent, ends at the data’s last quarter', () => {
    const rows = casualtyRowsOf(tinySite(SMALL, [event('coup-2021', '2021-05-24')]), 'killed', null);
    expect(quarters(rows).at(-1)).toBe('2021-Q4');
    expect(casualtyModel(tinySite(SMALL), spec, '/').description).not.toContain('The axis runs to');
  });
  it('never cuts the data short when it runs past the event', () => {
    const data = tinySite([...SMALL, q('2024-Q2', 'all', exact(5))], [event(SERIES_END_EVENT_ID, '2023-12-31')]);
    expect(quarters(casualtyRowsOf(data, 'killed', null)).at(-1)).toBe('2024-Q2');
  });
  it('never starts before the first quarter with a report', () => {
    const data = tinySite(SMALL, [event(SERIES_END_EVENT_ID, '2023-12-31')]);
    expect(quarters(casualtyRowsOf(data, 'killed', null))[0]).toBe('2021-Q1');
  });
});
