/**
 * The Content-Security-Policy every page must carry (as <meta http-equiv> in the layout, since
 * GitHub Pages cannot set headers; the test server also sends it as a header). Same-origin files
 * only: no inline script, no eval (Pagefind's WebAssembly needs 'wasm-unsafe-eval' only), no
 * third-party origin anywhere. frame-ancestors cannot be set from a <meta>, so embeds stay
 * frameable by any site, which is what an embed is for.
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

export type Policy = Map<string, string[]>;

export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** Keywords and hashes a source list may hold; anything else (a host, a scheme, *) is an origin. */
const SAFE_SOURCE = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;

/** Every way the policy falls short of the rules above, in words; [] when it is sound. */
export function cspProblems(text: string | null): string[] {
  if (!text) return ['no Content-Security-Policy'];
  const policy = parseCsp(text);
  const problems: string[] = [];
  const effective = (d: string) => policy.get(d) ?? policy.get('default-src');
  if (!policy.get('default-src')) problems.push('no default-src');
  const script = effective('script-src');
  if (!script) problems.push('no script-src and no default-src');
  for (const d of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const list = policy.get(d) ?? (d === 'script-src' ? script : undefined);
    if (list?.some((s) => /^'(unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic)'$/.test(s) || /^'nonce-/.test(s))) {
      problems.push(`${d} allows inline or evaluated script: ${list.join(' ')}`);
    }
  }
  for (const [d, list] of policy) {
    if (['report-uri', 'report-to', 'sandbox', 'upgrade-insecure-requests'].includes(d)) continue;
    const others = list.filter((s) => !SAFE_SOURCE.test(s) && !(d === 'style-src' && s === "'unsafe-inline'"));
    if (others.length) problems.push(`${d} allows another origin or scheme: ${others.join(' ')}`);
  }
  if ((effective('object-src') ?? []).join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!policy.get('base-uri')) problems.push('no base-uri');
  return problems;
}
