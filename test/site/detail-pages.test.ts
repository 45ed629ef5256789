import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/data/site-data.ts';
import { formatCount } from '../../src/format/count.ts';
import { formatDay } from '../../src/format/date.ts';
import { HARM_TYPES } from '../../src/schema/measure.ts';
import { links, page, text } from './dom.ts';
import { readableDerivation } from '../../src/lib/derivation-text.ts';
import { actors as actorIndex, figures as figureIndex } from '../../src/lib/records.ts';

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((r) => [r.id, r] as const);

describe('one page per incident', () => {
  it.each(ids(siteData.incidents))('%s: every claim, status, place, perpetrators, sources', (id, incident) => {
    const doc = page(`/incidents/${id}/`);
    expect(text(doc.querySelector('h1'))).toBe(incident.title);
    const rows = doc.querySelectorAll('table.claim-table tbody tr');
    expect(rows.length).toBe(incident.claims.length);
    const body = text(doc.querySelector('main'));
    for (const c of incident.claims) expect(body).toContain(c.statement);
    for (const harm of HARM_TYPES) {
      const count = incident.counts[harm];
      if (count) expect(body).toContain(formatCount(count));
    }
    const hrefs = links(doc);
    for (const s of incident.source_ids) expect(hrefs).toContain(`/articles/${s}/`);
    for (const a of incident.perpetrator_ids) expect(hrefs).toContain(`/actors/${a}/`);
    expect(doc.querySelector(`.tag-${incident.status}`)).not.toBeNull();
    const place = siteData.places.find((p) => p.id === incident.place_id)!;
    expect(body).toContain(place.name);
    if (incident.same_victims_as) {
      expect(hrefs).toContain(`/incidents/${incident.same_victims_as}/`);
      expect(body).toMatch(/counted once/);
    }
  });
});

describe('one page per actor', () => {
  it.each(ids(siteData.actors))('%s: its figures and its incidents', (id, actor) => {
    const doc = page(`/actors/${id}/`);
    expect(text(doc.querySelector('h1'))).toBe(actor.name);
    const hrefs = links(doc);
    for (const i of siteData.incidents.filter((x) => x.perpetrator_ids.includes(id))) expect(hrefs).toContain(`/incidents/${i.id}/`);
    // Every figure whose source names the actor, as its perpetrator or among its actors.
    const figures = siteData.figures.filter((f) => f.actor_ids.includes(id));
    for (const f of figures) expect(doc.getElementById(`figure-${f.id}`), f.id).not.toBeNull();
    if (figures.length === 0) expect(text(doc.querySelector('main'))).toContain('no data');
  });
});

const quarters = [...new Set(siteData.figures.flatMap((f) => (f.quarter ? [f.quarter] : [])))].sort();

describe('one page per quarter', () => {
  it('there are quarters to test', () => expect(quarters.length).toBeGreaterThan(0));
  it.each(quarters.map((q) => [q]))('%s: every figure, by source, derived ones flagged with their derivation', (q) => {
    const doc = page(`/quarters/${q}/`);
    const figures = siteData.figures.filter((f) => f.quarter === q);
    for (const f of figures) {
      const row = doc.getElementById(`figure-${f.id}`);
      expect(row, f.id).not.toBeNull();
      expect(text(row)).toContain(f.count ? formatCount(f.count) : 'no data');
      if (f.derived) {
        expect(row!.querySelector('.tag-derived')).not.toBeNull();
        // Shown in readers' words (figure ids named by whose count they are): src/lib/derivation-text.ts.
        expect(text(row)).toContain(readableDerivation(f.derivation!, figureIndex, actorIndex).replace(/\s+/g, ' '));
      }
    }
    const hrefs = links(doc);
    for (const s of new Set(figures.map((f) => f.source_id))) expect(hrefs).toContain(`/articles/${s}/`);
  });
});

describe('one page per article', () => {
  it.each(ids(siteData.articles))('%s: summary body, source details, its records', (id, article) => {
    const doc = page(`/articles/${id}/`);
    expect(text(doc.querySelector('h1'))).toBe(article.title);
    const body = doc.querySelector('.article-body');
    expect(body).not.toBeNull();
    expect(body!.innerHTML.trim().length).toBeGreaterThan(0);
    const source = siteData.sources.find((s) => s.id === article.source_id)!;
    const details = text(doc.querySelector('.source-details'));
    expect(details).toContain(source.publisher);
    expect(doc.querySelector(`.source-details time[datetime="${source.published_as_written}"]`)).not.toBeNull();
    if (source.published_approximate) expect(details).toContain('approximate');
    if (source.url) expect(doc.querySelector(`.source-details a[href="${source.url}"]`)?.getAttribute('rel')).toBe('noopener noreferrer');
    for (const f of article.figure_ids) expect(doc.getElementById(`figure-${f}`), f).not.toBeNull();
    const hrefs = links(doc);
    for (const i of article.incident_ids) expect(hrefs).toContain(`/incidents/${i}/`);
    expect(text(doc.querySelector('main'))).toContain(formatDay(article.added));
  });
});

describe('index pages reach every detail page', () => {
  it.each([
    ['/incidents/', siteData.incidents.map((i) => `/incidents/${i.id}/`)],
    ['/actors/', siteData.actors.map((a) => `/actors/${a.id}/`)],
    ['/articles/', siteData.articles.map((a) => `/articles/${a.id}/`)],
    ['/quarters/', quarters.map((q) => `/quarters/${q}/`)],
  ] as const)('%s', (route, expected) => {
    const hrefs = links(page(route));
    for (const e of expected) expect(hrefs).toContain(e);
  });
});
