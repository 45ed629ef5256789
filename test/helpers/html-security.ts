import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { cspProblems, parseCsp } from './csp.ts';
import { internalTarget } from './site-url.ts';

const JS_TYPES = /^(|text\/javascript|application\/javascript|module|text\/ecmascript)$/i;

/** What in one page could run script or leak the reader to another origin: [] when nothing. */
export function pageSecurityProblems(html: string, from: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  const csp = metas[0]?.getAttribute('content') ?? null;
  problems.push(...cspProblems(csp).map((p) => `CSP meta: ${p}`));
  if (metas[0]) {
    // A policy in <meta> governs only what comes after it.
    const before = [...document.head.querySelectorAll('script, link, style')].filter((el) => metas[0]!.compareDocumentPosition(el) & 2);
    if (before.length) problems.push(`CSP meta comes after <${before[0]!.localName}>`);
  }
  const hashes = new Set((csp ? parseCsp(csp).get('script-src') ?? [] : []).filter((s) => s.startsWith("'sha256-")));
  for (const s of document.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').trim();
    if (!JS_TYPES.test(type)) continue;
    const src = s.getAttribute('src');
    if (src === null) {
      const hash = `'sha256-${createHash('sha256').update(s.textContent ?? '').digest('base64')}'`;
      if (!hashes.has(hash)) problems.push(`inline <script> not allowed by hash: ${(s.textContent ?? '').trim().slice(0, 60)}`);
    } else if (internalTarget(src, from) === null) problems.push(`script from another origin: ${src}`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`<${el.localName} ${name}>: inline event handler`);
      if (/^\s*(javascript|vbscript|data):/i.test(value) && /^(href|src|action|formaction|xlink:href|data|poster)$/i.test(name)) problems.push(`<${el.localName} ${name}="${value.slice(0, 40)}">: unsafe URL`);
      if (name.toLowerCase() === 'srcdoc') problems.push(`<${el.localName} srcdoc>`);
    }
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (!/^(https?:)?\/\//i.test(href) || internalTarget(href, from) !== null) continue;
    const rel = new Set((a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/));
    if (!rel.has('noopener') || !rel.has('noreferrer')) problems.push(`<a href="${href}"> leaves the site without rel="noopener noreferrer"`);
  }
  return problems;
}
