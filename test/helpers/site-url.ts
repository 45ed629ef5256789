import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The public address and base path the build used (same defaults as astro.config.mjs). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://mali-civilian-harm.github.io').origin;
export const SITE_BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

/**
 * Where a reference from a page at `from` (a site path) lands in dist, or null when it leaves the
 * site (another origin, mailto:, …). The site's own absolute address counts as internal.
 */
export function internalTarget(value: string, from: string): { pathname: string; hash: string } | null {
  if (/^(mailto|tel):/i.test(value)) return null;
  const u = new URL(value, SITE_ORIGIN + from);
  if (u.origin !== SITE_ORIGIN) return null;
  return { pathname: decodeURIComponent(u.pathname), hash: decodeURIComponent(u.hash.slice(1)) };
}

/** The built file a site path is served from, or null when there is none (a 404 on the real host). */
export function fileFor(dist: string, pathname: string): string | null {
  if (!pathname.startsWith(SITE_BASE)) return null;
  let file = path.join(dist, pathname.slice(SITE_BASE.length));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A site path for a file in dist, under the base path. */
export function sitePathOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  return SITE_BASE + rel.replace(/(^|\/)index\.html$/, '$1');
}
