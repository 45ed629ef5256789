import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { cssRefs, htmlRefs, readText } from '../helpers/html-refs.ts';
import { htmlFiles } from '../helpers/site-pages.ts';
import { fileFor, internalTarget, sitePathOf } from '../helpers/site-url.ts';

const dist = distDir();
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readText(file));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idCache.set(file, ids);
  }
  return ids;
};

describe('no broken internal link or missing asset', () => {
  it.each(htmlFiles(dist).map((f) => [sitePathOf(dist, f), f]))('%s', (from, file) => {
    const broken: string[] = [];
    for (const ref of htmlRefs(readText(file))) {
      if (ref.value === '' || /^javascript:/i.test(ref.value)) {
        broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: not a link`);
        continue;
      }
      const target = internalTarget(ref.value, from);
      if (!target) continue;
      const hit = fileFor(dist, target.pathname);
      if (!hit) broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: nothing at ${target.pathname}`);
      else if (target.hash && hit.endsWith('.html') && !idsOf(hit).has(target.hash)) broken.push(`<${ref.tag} ${ref.attr}="${ref.value}">: no id "${target.hash}" on ${target.pathname}`);
    }
    expect(broken).toEqual([]);
  });

  const cssFiles: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.css')) cssFiles.push(p);
    }
  };
  walk(dist);
  it('stylesheets point only at files that exist', () => {
    const broken = cssFiles.flatMap((file) =>
      cssRefs(readText(file))
        .filter((v) => !v.startsWith('data:') && !v.startsWith('#'))
        .filter((v) => {
          const t = internalTarget(v, sitePathOf(dist, file));
          return t !== null && fileFor(dist, t.pathname) === null;
        })
        .map((v) => `${sitePathOf(dist, file)}: ${v}`),
    );
    expect(broken).toEqual([]);
  });

  it('every address in the sitemap is a built page', () => {
    const maps = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(maps, 'a sitemap').not.toEqual([]);
    const locs = maps.flatMap((f) => [...readText(path.join(dist, f)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const missing = locs.filter((loc) => {
      const t = internalTarget(loc, '/');
      return !t || !fileFor(dist, t.pathname);
    });
    expect(missing).toEqual([]);
  });
});
