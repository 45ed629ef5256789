import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { sitePages } from '../helpers/site-pages.ts';

// What a search reads of each page: Pagefind's text of it, from the built index's fragments
// (gzip of "pagefind_dcd" and a JSON object with the page's url and content).
const dist = distDir();
const PREFIX = 'pagefind_dcd';

function indexedText(): Map<string, string> {
  const dir = path.join(dist, 'pagefind/fragment');
  const out = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.startsWith(PREFIX) ? raw.slice(PREFIX.length) : raw) as { url: string; content: string };
    out.set(fragment.url, fragment.content);
  }
  return out;
}

/** The labels of a page's facts list, as its HTML gives them. */
function factLabels(html: string): string[] {
  const list = /<dl class="facts">([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}

describe('the search index reads a facts list as separate facts', () => {
  // Pagefind reads <dt> and <dd> as inline text: "Date27 March 2022PlaceMoura, Djenné" was what it
  // indexed of an incident, so a search for a place or date named only there missed the page.
  const text = indexedText();
  const withFacts = sitePages(dist)
    .map((p) => ({ route: p.route, html: readFileSync(p.file, 'utf8') }))
    .filter((p) => p.html.includes('<dl class="facts">') && text.has(p.route));
  it('incident, place and actor pages are indexed with their facts', () => {
    for (const family of ['/incidents/', '/places/', '/actors/']) {
      expect(withFacts.some((p) => p.route.startsWith(family) && p.route !== family), family).toBe(true);
    }
  });
  it('every label is a sentence of its own, apart from its value', () => {
    const glued: string[] = [];
    for (const { route, html } of withFacts) {
      const content = text.get(route)!;
      for (const label of factLabels(html)) {
        if (!content.includes(`${label}. `)) glued.push(`${route}: “${label}” is not followed by ". " in “${content.slice(0, 160)}…”`);
      }
    }
    expect(withFacts.length).toBeGreaterThan(0);
    expect(glued).toEqual([]);
  });
});
