import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/data/site-data.ts';
import { chartSpecs } from '../../src/charts/registry.ts';
import { CATEGORY_IDS } from '../../src/schema/category.ts';
import { distDir } from '../helpers/dist.ts';
import { possessiveFaults, pluralFaults, rawIds, readerText } from '../helpers/reader-text.ts';
import { sitePages } from '../helpers/site-pages.ts';

describe('the reader-text checks catch what they are for', () => {
  const ids = new Set(['fama', 'minusma-hr-note-2022-q1']);
  it('raw ids, not names, addresses or file names', () => {
    expect(rawIds('Attributed to fama by minusma-hr-note-2022-q1 at hombori-2022-04-19.', ids)).toEqual(['fama', 'minusma-hr-note-2022-q1', 'hombori-2022-04-19']);
    expect(rawIds('FAMa, well-to-do, see https://x.org/fama/ or /articles/minusma-hr-note-2022-q1/ and quarterly-2022.csv', ids)).toEqual([]);
  });
  it('"1 rows" plurals', () => {
    expect(pluralFaults('1 rows; 1 sources; 21 rows; 1 row; 1 news story; Q1 reports; 0.1 units')).toEqual(['1 rows', '1 sources']);
  });
  it('"source’ reports" possessives, not closing quotes', () => {
    expect(possessiveFaults('1 source’ reports and the sources’ reports')).toEqual(['source’ reports']);
    expect(possessiveFaults('it says ‘foreign military personnel’ here, and \'white fighters\' there; MINUSMA’s note')).toEqual([]);
  });
});

const dist = distDir();
const pages = sitePages(dist).filter((p) => !p.route.startsWith('/pagefind/'));
/**
 * Every record id the data holds, and every chart's id: none of them is for readers' eyes. A
 * one-word id counts only for an actor (`fama`, `jnim`): a place's or a chart's one-word id is
 * also a word of a source's title or of the text ("ogossagou", "map"). Category ids are left
 * out: they are the documented values of the downloads' columns (data page), and some actors
 * share them.
 */
const actorIds = new Set(siteData.actors.map((a) => a.id));
const ids = new Set<string>(
  [
    ...[siteData.articles, siteData.sources, siteData.reports, siteData.incidents, siteData.figures, siteData.actors, siteData.places, siteData.events].flatMap((list) => list.map((r) => r.id)),
    ...siteData.incidents.flatMap((i) => i.claims.map((c) => c.id)),
    ...siteData.figure_claims.map((c) => c.id),
    ...chartSpecs(siteData).map((s) => s.id),
    ...new Set(siteData.quarterly.map((q) => q.quarter)),
  ].filter((id) => (id.includes('-') || actorIds.has(id)) && !(CATEGORY_IDS as readonly string[]).includes(id)),
);

describe('no internal id, plural or possessive fault shown to readers', () => {
  it.each(pages.map((p) => [p.route, p.file]))('%s', (_route, file) => {
    const text = readerText(readFileSync(file, 'utf8'));
    expect({ ids: rawIds(text, ids), plurals: pluralFaults(text), possessives: possessiveFaults(text) }).toEqual({ ids: [], plurals: [], possessives: [] });
  });
});
