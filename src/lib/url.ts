/**
 * An internal link under the site's base path (GitHub Pages serves the site from /<repo>/), so
 * every page and asset link works wherever the site is hosted. `url('/incidents/')` → `/base/incidents/`.
 */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute address of a path on the public site, for canonical links, Open Graph and feeds. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site ?? 'https://example.org').href;
}
