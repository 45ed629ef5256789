import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cspProblems, SITE_CSP } from '../helpers/csp.ts';
import { distDir } from '../helpers/dist.ts';
import { pageSecurityProblems } from '../helpers/html-security.ts';
import { readText } from '../helpers/html-refs.ts';
import { htmlFiles } from '../helpers/site-pages.ts';
import { sitePathOf } from '../helpers/site-url.ts';

const dist = distDir();

describe('security of the built pages', () => {
  it('the policy the test server sends is itself sound', () => {
    expect(cspProblems(SITE_CSP)).toEqual([]);
    expect(cspProblems("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example; object-src 'none'; base-uri 'self'")).toHaveLength(2);
  });

  it('the page checker catches what it must', () => {
    const bad = `<html><head><script>alert(1)</script></head><body><a href="https://example.org/">x</a><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">y</a></body></html>`;
    expect(pageSecurityProblems(bad, '/')).toEqual([
      'CSP meta: no Content-Security-Policy',
      'inline <script> not allowed by hash: alert(1)',
      '<img onerror>: inline event handler',
      '<a href="javascript:alert(1)">: unsafe URL',
      '<a href="https://example.org/"> leaves the site without rel="noopener noreferrer"',
    ]);
  });

  it.each(htmlFiles(dist).map((f) => [sitePathOf(dist, f), f]))('%s: CSP meta, no inline script or handler, safe outbound links', (from, file) => {
    const html = readText(file);
    expect(pageSecurityProblems(html, from)).toEqual([]);
    // The browser tests' server sends SITE_CSP as a header; the page's own policy must be the same,
    // so what the tests see is what readers get.
    const meta = [...parseHTML(html).document.querySelectorAll('meta[http-equiv]')]
      .find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
      ?.getAttribute('content');
    expect(meta).toBe(SITE_CSP);
  });
});
