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
    expect(fig('a-extremists').count).toEqual({ qualifier: 'about', low: 281, best: 285, high: null });
    expect(fig('b-total-unattributed').count).toEqual({ qualifier: 'exact', low: 21, best: 21, high: 21 });
    const hombori = data!.incidents.find((i) => i.id === 'hombori-2022-04-19')!;
    expect(hombori.source_ids).toEqual(['note-a', 'note-b']);
    expect(hombori.claims).toHaveLength(4);
    expect(hombori.status).toBe('denied');
    expect(hombori.counts.killed).toEqual({ qualifier: 'at-least', low: 50, best: 50, high: null });
  });
});
