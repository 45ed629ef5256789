import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export interface Ref {
  tag: string;
  attr: string;
  value: string;
}

/** Every URL an HTML page points at: links, assets, srcsets, SVG <use>, forms. */
export function htmlRefs(html: string): Ref[] {
  const { document } = parseHTML(html);
  const refs: Ref[] = [];
  const attrs: [string, string][] = [
    ['a[href]', 'href'], ['link[href]', 'href'], ['area[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
    ['source[src]', 'src'], ['video[src]', 'src'], ['audio[src]', 'src'], ['track[src]', 'src'], ['iframe[src]', 'src'],
    ['embed[src]', 'src'], ['object[data]', 'data'], ['form[action]', 'action'], ['use[href]', 'href'], ['image[href]', 'href'],
    ['video[poster]', 'poster'],
  ];
  for (const [sel, attr] of attrs) for (const el of document.querySelectorAll(sel)) refs.push({ tag: el.localName, attr, value: el.getAttribute(attr)!.trim() });
  for (const el of document.querySelectorAll('[srcset]')) {
    for (const part of el.getAttribute('srcset')!.split(',')) {
      const u = part.trim().split(/\s+/)[0];
      if (u) refs.push({ tag: el.localName, attr: 'srcset', value: u });
    }
  }
  return refs;
}

/** url(...) and @import targets in a stylesheet. */
export function cssRefs(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) out.push((m[2] ?? m[4])!.trim());
  return out;
}

export const readText = (file: string) => readFileSync(file, 'utf8');
