import { describe, expect, it } from 'vitest';
import { pagePath, pagerNumbers, rangeWords, restPages, splitPages } from '../../src/lib/paging.ts';
import { plural } from '../../src/lib/plural.ts';
import { relatedIncidents, relatedIndex, RELATED_PER_REASON } from '../../src/lib/related-incidents.ts';
import type { IncidentRecord } from '../../src/model/records.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('fixed-size pages', () => {
  it('splits a list into pages of the size, the last one shorter; an empty list is one empty page', () => {
    expect(splitPages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitPages([], 100)).toEqual([[]]);
    // A rest-parameter route's pages: page 1 has no parameter (it lives at the list's address).
    expect(restPages(['a', 'b', 'c'], 2)).toEqual([
      { param: undefined, rows: ['a', 'b'], page: 1, pages: 2, total: 3 },
      { param: '2', rows: ['c'], page: 2, pages: 2, total: 3 },
    ]);
    expect(restPages([], 100)).toEqual([{ param: undefined, rows: [], page: 1, pages: 1, total: 0 }]);
    expect(() => splitPages([1], 0)).toThrow('page size must be a whole number above 0, got 0');
  });
  it('page 1 is the list itself; later pages under page/ or bare', () => {
    expect(pagePath('/incidents/', 1)).toBe('/incidents/');
    expect(pagePath('/incidents/', 3)).toBe('/incidents/page/3/');
    expect(pagePath('/incidents/year/2022/', 2, 'bare')).toBe('/incidents/year/2022/2/');
  });
  it('the pager shows at most nine entries whatever the page count', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 300)).toEqual([1, 2, 3, null, 300]);
    expect(pagerNumbers(150, 300)).toEqual([1, null, 148, 149, 150, 151, 152, null, 300]);
    expect(pagerNumbers(300, 300)).toEqual([1, null, 298, 299, 300]);
  });
  it('names the rows a page holds', () => {
    expect(rangeWords(2, 100, 250)).toEqual({ first: 101, last: 200 });
    expect(rangeWords(3, 100, 250)).toEqual({ first: 201, last: 250 });
    expect(rangeWords(1, 100, 0)).toEqual({ first: 0, last: 0 });
  });
  it('counts with the right plural', () => {
    expect(plural(1, 'incident')).toBe('1 incident');
    expect(plural(1200, 'reported figure')).toBe('1,200 reported figures');
    expect(plural(0, 'reply', 'replies')).toBe('0 replies');
  });
});

const incident = (id: string, day: string, place: string, named: string[], reports: string[], denied = false): IncidentRecord =>
  ({
    id,
    title: id,
    date: { start: day, end: day, precision: 'day' },
    place_id: place,
    attributions: named.map((n) => ({ claim_id: 'c', source_id: reports[0]!, report_id: reports[0]!, by: 'A source', actor_id: 'x', category: 'unknown', as_named: n, stance: denied ? 'denied' : 'alleged' })),
    report_ids: reports,
  }) as unknown as IncidentRecord;

describe('related incidents', () => {
  const a = incident('a', '2022-04-01', 'moura', ['foreign military personnel'], ['hrw-1']);
  const b = incident('b', '2022-03-01', 'moura', ['armed men'], ['un-1']);
  const c = incident('c', '2021-01-01', 'hombori', ['Foreign military personnel'], ['afp-1']);
  const d = incident('d', '2020-01-01', 'gao', ['armed men'], ['hrw-1']);
  const e = incident('e', '2019-01-01', 'gao', ['foreign military personnel'], ['x-1'], true);
  const all = [a, b, c, d, e];
  const index = relatedIndex(all);

  it('links by place, by the same words for a perpetrator, by report, and says which', () => {
    const found = relatedIncidents(a, index);
    expect(found.map((r) => [r.incident.id, r.reasons])).toEqual([
      ['b', [{ kind: 'place' }]],
      ['c', [{ kind: 'named', as_named: 'foreign military personnel' }]],
      ['d', [{ kind: 'report', report_id: 'hrw-1' }]],
    ]);
  });
  it('never links through a denial, nor an incident to itself', () => {
    const ids = relatedIncidents(a, index).map((r) => r.incident.id);
    expect(ids).not.toContain('e');
    expect(ids).not.toContain('a');
    expect(relatedIncidents(e, index).map((r) => r.incident.id)).toEqual(['d']);
  });
  it('keeps the nearest in date, a few per reason', () => {
    const many = Array.from({ length: 20 }, (_, i) => incident(`m${String(i).padStart(2, '0')}`, `2022-01-${String(i + 1).padStart(2, '0')}`, 'kidal', [], [`r${i}`]));
    const idx = relatedIndex([...many].reverse());
    const near = relatedIncidents(many[10]!, idx).map((r) => r.incident.id);
    expect(near.length).toBe(RELATED_PER_REASON);
    expect(near.sort()).toEqual(['m08', 'm09', 'm11', 'm12']);
  });
});

describe('the data set version in citations', () => {
  it('is the version in the manifest of the set src/generated points into; null without one', async () => {
    const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { dataSetVersion } = await import('../../src/lib/data-version.ts');
    const root = tempDir('data-version-');
    mkdirSync(path.join(root, '.data/sets/0123456789abcdef/generated'), { recursive: true });
    mkdirSync(path.join(root, 'src'));
    symlinkSync(path.join(root, '.data/sets/0123456789abcdef/generated'), path.join(root, 'src/generated'));
    expect(dataSetVersion(root)).toBeNull();
    writeFileSync(path.join(root, '.data/sets/0123456789abcdef/manifest.json'), JSON.stringify({ version: '0123456789abcdef', files: {} }));
    expect(dataSetVersion(root)).toBe('0123456789abcdef');
  });
});

describe('page budgets', () => {
  it('every record page type has a budget, the lists and their pages alike', async () => {
    const { budgetFor } = await import('../../src/lib/page-budgets.ts');
    for (const route of ['/incidents/', '/incidents/page/3/', '/incidents/year/2022/2/', '/incidents/by/jnim/', '/incidents/at/gao/4/', '/incidents/moura-2022-03/', '/articles/', '/articles/page/9/', '/articles/x/', '/actors/', '/actors/jnim/', '/actors/jnim/figures/2/', '/places/', '/places/gao/', '/quarters/', '/data/']) {
      expect(budgetFor(route), route).toBeDefined();
    }
    expect(budgetFor('/actors/jnim/figures/')!.what).toContain('figures');
    expect(budgetFor('/incidents/page/2/')!.what).toContain('100 rows');
    expect(budgetFor('/methodology/')).toBeUndefined();
  });
});
