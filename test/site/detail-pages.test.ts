import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/data/site-data.ts';
import { formatCount } from '../../src/format/count.ts';
import { formatDay } from '../../src/format/date.ts';
import { HARM_TYPES } from '../../src/schema/measure.ts';
import { existsSync } from 'node:fs';
import { dist, fileOf, links, page, text } from './dom.ts';
import { CLAIMS_ON_RECORD_PAGE, FIGURES_ON_RECORD_PAGE, INCIDENTS_PER_PAGE } from '../../src/lib/page-budgets.ts';
import { readableDerivation } from '../../src/lib/derivation-text.ts';
import { recordVersion } from '../../src/lib/data-version.ts';
import { actors as actorIndex, figures as figureIndex } from '../../src/lib/records.ts';

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((r) => [r.id, r] as const);

/** The links of every page of a paged list whose first page is `base` (`<base><n>/` or `<base>page/<n>/`). */
function pagedLinks(base: string, style: 'page' | 'bare'): string[] {
  const out: string[] = [];
  for (let n = 1; ; n++) {
    const route = n === 1 ? base : style === 'page' ? `${base}page/${n}/` : `${base}${n}/`;
    if (!existsSync(fileOf(route))) break;
    out.push(...links(page(route)));
  }
  return out;
}

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
    // One table of estimates: civilians, and people of unstated status, in their own row groups.
    const counted = Object.keys(incident.counts).length + Object.keys(incident.people_counts).length;
    expect(doc.querySelectorAll('table.estimate-table').length).toBe(counted > 0 ? 1 : 0);
    // Sources link to their originals, or say that none is recorded.
    const sourceList = doc.querySelector('.source-list')!;
    for (const s of incident.source_ids) {
      const src = siteData.sources.find((x) => x.id === s)!;
      if (src.url) expect(sourceList.querySelector(`a[href="${src.url}"]`)?.getAttribute('rel')).toBe('noopener noreferrer');
      else expect(text(sourceList)).toContain('No public address recorded');
    }
    // Cite this: the record, its stable address and the data's date.
    const cite = text(doc.querySelector('.cite-this'));
    expect(cite).toContain(`/incidents/${id}/`);
    expect(cite).toContain(formatDay(siteData.updated));
    expect(cite).toContain(incident.title);
    // The record's own version, not the data set's (src/lib/data-version.ts, docs/performance.md).
    expect(cite).toContain(`record version ${recordVersion(incident)}`);
    // The words around the expression keep their spaces (Astro's compression once ran them together).
    expect(text(doc.querySelector('.cite-this .meta'))).toContain('and the record version names exactly the record you saw (the data and its versions).');
  });
});

describe('related incidents', () => {
  it('each shares the place, a perpetrator in the same words, or a report, and says which', () => {
    let seen = 0;
    for (const incident of siteData.incidents) {
      const doc = page(`/incidents/${incident.id}/`);
      for (const li of doc.querySelectorAll('.related li')) {
        seen++;
        const otherId = li.querySelector('a')!.getAttribute('href')!.replace(/\/$/, '').split('/').at(-1)!;
        const other = siteData.incidents.find((i) => i.id === otherId)!;
        const why = text(li);
        const reasons = [
          other.place_id === incident.place_id && why.includes('same place'),
          other.report_ids.some((r) => incident.report_ids.includes(r)) && why.includes('same report'),
          other.attributions.some((a) => incident.attributions.some((b) => b.stance !== 'denied' && a.as_named.toLowerCase() === b.as_named.toLowerCase() && why.includes(`“${b.as_named}”`))),
        ];
        expect(reasons.some(Boolean), `${incident.id} → ${otherId}: ${why}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('one page per actor', () => {
  it.each(ids(siteData.actors))('%s: its figures and its incidents', (id, actor) => {
    const doc = page(`/actors/${id}/`);
    expect(text(doc.querySelector('h1'))).toBe(actor.name);
    // Every incident attributed to it is on its paged incident list.
    const incidents = siteData.incidents.filter((x) => x.perpetrator_ids.includes(id));
    const listed = incidents.length ? pagedLinks(`/incidents/by/${id}/`, 'bare') : [];
    for (const i of incidents) expect(listed).toContain(`/incidents/${i.id}/`);
    if (incidents.length) expect(links(doc)).toContain(`/incidents/by/${id}/`);
    // Every figure whose source names the actor, as its perpetrator or among its actors: on its
    // page when few, else on its paged figure list.
    const figures = siteData.figures.filter((f) => f.actor_ids.includes(id));
    const docs = [doc];
    for (let n = 1; figures.length > FIGURES_ON_RECORD_PAGE && existsSync(fileOf(`/actors/${id}/figures/${n > 1 ? `${n}/` : ''}`)); n++) docs.push(page(`/actors/${id}/figures/${n > 1 ? `${n}/` : ''}`));
    for (const f of figures) expect(docs.some((d) => d.getElementById(`figure-${f.id}`)), f.id).toBe(true);
    if (figures.length === 0) expect(text(doc.querySelector('main'))).toContain('no data');
    expect(doc.querySelectorAll('table.claim-table tbody tr').length).toBeLessThanOrEqual(CLAIMS_ON_RECORD_PAGE);
  });
});

const quarters = [...new Set(siteData.figures.flatMap((f) => (f.quarter ? [f.quarter] : [])))].sort();

describe('one page per quarter', () => {
  it('there are quarters to test', () => expect(quarters.length).toBeGreaterThan(0));
  it.each(quarters.map((q) => [q]))('%s: every figure, by source, derived ones flagged with their derivation', (q) => {
    // The quarter's sources are paged (src/lib/page-budgets.ts): read every page.
    const docs: Document[] = [];
    for (let n = 1; existsSync(fileOf(`/quarters/${q}/${n > 1 ? `${n}/` : ''}`)); n++) docs.push(page(`/quarters/${q}/${n > 1 ? `${n}/` : ''}`));
    expect(docs.length).toBeGreaterThan(0);
    const figures = siteData.figures.filter((f) => f.quarter === q);
    for (const f of figures) {
      const row = docs.map((d) => d.getElementById(`figure-${f.id}`)).find((r) => r) ?? null;
      expect(row, f.id).not.toBeNull();
      expect(text(row)).toContain(f.count ? formatCount(f.count) : 'no data');
      if (f.derived) {
        expect(row!.querySelector('.tag-derived')).not.toBeNull();
        // Shown in readers' words (figure ids named by whose count they are): src/lib/derivation-text.ts.
        expect(text(row)).toContain(readableDerivation(f.derivation!, figureIndex, actorIndex).replace(/\s+/g, ' '));
      }
    }
    const hrefs = docs.flatMap(links);
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

describe('index pages reach every detail page (through their fixed-size pages)', () => {
  it.each([
    ['/incidents/', siteData.incidents.map((i) => `/incidents/${i.id}/`)],
    ['/actors/', siteData.actors.map((a) => `/actors/${a.id}/`)],
    ['/articles/', siteData.articles.map((a) => `/articles/${a.id}/`)],
    ['/quarters/', quarters.map((q) => `/quarters/${q}/`)],
  ] as const)('%s', (route, expected) => {
    const hrefs = pagedLinks(route, 'page');
    for (const e of expected) expect(hrefs).toContain(e);
  });

  const years = [...new Set(siteData.incidents.map((i) => i.date.start.slice(0, 4)))];
  it('no incident list page holds more than a page of rows', () => {
    for (const route of ['/incidents/', ...years.map((y) => `/incidents/year/${y}/`)]) {
      expect(page(route).querySelectorAll('table.incident-table tbody tr').length, route).toBeLessThanOrEqual(INCIDENTS_PER_PAGE);
    }
  });

  it('each year’s list holds exactly the incidents that began that year', () => {
    for (const y of years) {
      const rows = [];
      for (let n = 1; existsSync(fileOf(`/incidents/year/${y}/${n > 1 ? `${n}/` : ''}`)); n++) {
        rows.push(...[...page(`/incidents/year/${y}/${n > 1 ? `${n}/` : ''}`).querySelectorAll('table.incident-table tbody tr a')].map((a) => a.getAttribute('href')!.replace(/\/$/, '').split('/').at(-1)));
      }
      expect(rows.sort()).toEqual(siteData.incidents.filter((i) => i.date.start.startsWith(y)).map((i) => i.id).sort());
    }
  });
});

describe('what readers see', () => {
  const routes = ['/incidents/', '/actors/', '/articles/', '/quarters/', '/data/', ...siteData.incidents.map((i) => `/incidents/${i.id}/`), ...siteData.actors.map((a) => `/actors/${a.id}/`), ...siteData.articles.map((a) => `/articles/${a.id}/`)];
  it('no count with the wrong plural ("1 rows", "1 incidents", "1 source’ reports")', () => {
    for (const route of routes) {
      const body = text(page(route).querySelector('main'));
      expect(body, route).not.toMatch(/(^|[^\d,.])1 (rows|incidents|figures|reported figures|reports|sources|articles|claims)\b/);
      expect(body, route).not.toMatch(/source’ reports/);
    }
  });
});

describe('record pages within their weight budgets (src/lib/page-budgets.ts)', () => {
  it('every built page a budget covers is within it, compressed', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const { budgetFor } = await import('../../src/lib/page-budgets.ts');
    const { htmlFiles, routeOf } = await import('../helpers/site-pages.ts');
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const route = routeOf(dist, file);
      const budget = budgetFor(route);
      if (!budget) continue;
      checked++;
      const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
      expect(kb, `${route}: ${kb.toFixed(1)} KB against ${budget.kb} KB (${budget.what})`).toBeLessThanOrEqual(budget.kb);
    }
    expect(checked).toBeGreaterThan(100);
  });
});
