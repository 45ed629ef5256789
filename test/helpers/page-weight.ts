import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { cssRefs } from './html-refs.ts';
import { fileFor, internalTarget, sitePathOf } from './site-url.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export interface Weight {
  total: number;
  byKind: Record<Kind, number>;
  files: { file: string; kind: Kind; gzip: number }[];
}

const kindOf = (file: string): Kind => {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
};

const gzipCache = new Map<string, number>();
export const gzipSize = (file: string) => {
  let n = gzipCache.get(file);
  if (n === undefined) gzipCache.set(file, (n = gzipSync(readFileSync(file), { level: 9 }).length));
  return n;
};

/**
 * What a first visit to a page downloads, gzip level 9 per file as a static host would send it:
 * the HTML, its stylesheets and what they load (fonts, images), its scripts and the modules they
 * import, images, and the icon. Each file counts once.
 */
export function pageWeight(dist: string, htmlFile: string): Weight {
  const seen = new Set<string>([htmlFile]);
  const queue: string[] = [];
  const from = sitePathOf(dist, htmlFile);
  const add = (value: string | null, base: string) => {
    if (!value || value.startsWith('data:')) return;
    const t = internalTarget(value, base);
    const file = t && fileFor(dist, t.pathname);
    if (file && !seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  const { document } = parseHTML(readFileSync(htmlFile, 'utf8'));
  for (const l of document.querySelectorAll('link[href]')) {
    const rel = (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'icon', 'modulepreload', 'preload'].includes(r))) add(l.getAttribute('href'), from);
  }
  for (const s of document.querySelectorAll('script[src]')) add(s.getAttribute('src'), from);
  for (const i of document.querySelectorAll('img[src], image[href], source[src], use[href]')) add(i.getAttribute('src') ?? i.getAttribute('href'), from);
  for (const i of document.querySelectorAll('[srcset]')) add(i.getAttribute('srcset')!.split(',')[0]!.trim().split(/\s+/)[0]!, from);
  while (queue.length) {
    const file = queue.shift()!;
    const base = sitePathOf(dist, file);
    const kind = kindOf(file);
    if (kind === 'css') for (const u of cssRefs(readFileSync(file, 'utf8'))) add(u.split('#')[0]!, base);
    if (kind === 'js') {
      const js = readFileSync(file, 'utf8');
      // Static imports only: what loads before the page is interactive.
      for (const m of js.matchAll(/(?:\bimport\s*(?:[\w${},*\s]+from\s*)?|\bexport\s*[\w${},*\s]*from\s*)["']([^"']+\.m?js)["']/g)) add(m[1]!, base);
    }
  }
  const files = [...seen].map((file) => ({ file: path.relative(dist, file), kind: kindOf(file), gzip: gzipSize(file) }));
  const byKind = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const f of files) byKind[f.kind] += f.gzip;
  return { total: files.reduce((s, f) => s + f.gzip, 0), byKind, files };
}
