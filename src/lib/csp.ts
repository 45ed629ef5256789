/**
 * The Content-Security-Policy every page carries as a <meta> (GitHub Pages cannot send headers).
 * Must equal SITE_CSP in test/helpers/csp.ts, which the build tests enforce; Pagefind's
 * WebAssembly needs 'wasm-unsafe-eval' and nothing else beyond 'self'.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
