import { parseHTML } from 'linkedom';

/**
 * Faults a reader must never see in a page's text: raw internal ids (`minusma-hr-note-2022-q1`,
 * `fama`), "1 rows"-style plurals and "source’ reports"-style possessives. Only text is read:
 * URLs, attributes, scripts, styles and code (`<code>`, `<pre>`, `<kbd>`, `<samp>`: identifiers
 * shown on purpose, as on the data page) are left out. Pure functions, tested on strings in
 * test/build/reader-text.test.ts before they scan the built site.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'NOSCRIPT']);

/** The text of a page's body a reader can see or hear, text nodes joined by spaces. */
export function readerText(html: string): string {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(document.body ?? document.documentElement);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** Addresses and file paths written out as text are not ids shown to readers. */
const stripAddresses = (text: string) => text.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/(^|\s)\/[\w\-./#?=&%]+/g, ' ').replace(/\b[\w-]+\.(csv|json|png|svg)\b/g, ' ');

/**
 * Raw ids: a token equal to a known id (case-sensitive, so the actor id `fama` is caught and the
 * name "FAMa" is not), or any slug of three or more lower-case parts with a digit in it
 * (`hombori-2022-04-19`), which no English word is.
 */
export function rawIds(text: string, ids: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const token of stripAddresses(text).split(/[^A-Za-z0-9-]+/)) {
    const t = token.replace(/^-+|-+$/g, '');
    if (!t) continue;
    if (ids.has(t) || (/^[a-z][a-z0-9]*(-[a-z0-9]+){2,}$/.test(t) && /\d/.test(t) && /[a-z]{2}/.test(t))) found.add(t);
  }
  return [...found];
}

/** Words ending in s that are singular (or verbs) after "1". */
const SINGULAR_S = new Set(['news', 'series', 'species', 'bus', 'gas', 'status', 'basis', 'analysis', 'means', 'process', 'corps', 'plus', 'minus', 'less', 'is', 'was', 'has', 'as', 'us', 'its', 'this', 'focus', 'census', 'consensus', 'access', 'address', 'thus']);

/** "1 rows", "1 sources": the number one with a plural noun. */
export function pluralFaults(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\d.,\w])1 ([a-z]+s)\b/g)) if (!SINGULAR_S.has(m[1]!)) found.push(m[0]);
  return found;
}

/**
 * "source’ reports": an apostrophe that ends a word not ending in s, followed by a space, when
 * it is not closing a quotation (‘foreign military personnel’ is a quote, not a possessive).
 */
export function possessiveFaults(text: string): string[] {
  const found: string[] = [];
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (ch === '‘') open = true;
    else if (ch === "'" && /[\s([“"—–-]/.test(before)) open = true;
    else if ((ch === '’' || ch === "'") && /[\s.,;:!?)”"]/.test(after)) {
      if (open) open = false;
      else if (/[A-Za-z]/.test(before) && !/[sS]/.test(before) && /\s/.test(after)) {
        const start = text.lastIndexOf(' ', i) + 1;
        found.push(text.slice(start, text.indexOf(' ', i + 2) === -1 ? undefined : text.indexOf(' ', i + 2)));
      }
    }
  }
  return found;
}
