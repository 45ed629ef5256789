import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'test/fixtures/basic');

describe('buildSiteData on the basic fixture', () => {
  it('derives shares, remainders and merges incidents', async () => {
    const { data, problems } = await buildSiteData(root, fixture);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const fig = (id: string) => data!.figures.find((f) => f.id === id)!;
    expect(fig('a-extremists').count).toEqual({ qualifier: 'about', low: 281, best: null, high: 288 });
    expect(fig('b-total-unattributed').count).toEqual({ qualifier: 'exact', low: 21, best: 21, high: 21 });
    const hombori = data!.incidents.find((i) => i.id === 'hombori-2022-04-19')!;
    expect(hombori.source_ids).toEqual(['note-a', 'note-b']);
    expect(hombori.claims).toHaveLength(4);
    expect(hombori.status).toBe('denied');
    // Two reports, "at least 50" and "50": no median, no best; the envelope is open above.
    expect(hombori.counts.killed).toMatchObject({ method: 'envelope', qualifier: 'at-least', low: 50, best: null, high: null, text: 'at least 50' });
    expect(hombori.counts.killed!.report_ids).toEqual(['note-a', 'note-b']);
  });
});
