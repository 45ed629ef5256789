import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from '../helpers/dist.ts';
import { SITE_BASE } from '../helpers/site-url.ts';

export const dist = distDir();

/** The built file of a site route such as `/incidents/x/` (under the base path). */
export function fileOf(route: string): string {
  const rel = route.replace(/^\//, '');
  return path.join(dist, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

export function page(route: string): Document {
  const file = fileOf(route);
  if (!existsSync(file)) throw new Error(`no page at ${route} (${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Hrefs of every link on the page, with the base path removed (so `/incidents/x/`). */
export function links(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href]')].map((a) => {
    const href = a.getAttribute('href')!;
    return href.startsWith(SITE_BASE) ? `/${href.slice(SITE_BASE.length)}` : href;
  });
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
