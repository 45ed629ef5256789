/**
 * The public embed contract, version 1. Everything a journalist's page may depend on is named here:
 * the routes, the query parameters, the download names. docs/embeds.md documents it; changing any
 * of it in a way that breaks an existing embed needs a /embed/v2/ instead (see the versioning policy).
 *
 * Paths are site-relative (no base path): callers prefix them with url() or absoluteUrl().
 */
export const EMBED_VERSION = 1;
const V = `v${EMBED_VERSION}`;

/** The versioned, permanent route of a chart's embed. Snippets always use this one. */
export function embedPath(chartId: string): string {
  return `/embed/${V}/${chartId}/`;
}

/** The unversioned alias: always the current version. Fine for a quick look, not for snippets. */
export function currentEmbedPath(chartId: string): string {
  return `/embed/${chartId}/`;
}

/** The loader script journalists include: a fixed, versioned address, never a hashed bundle name. */
export const LOADER_PATH = `/embed/${V}/loader.js`;
export const PREVIEW_PATH = '/embed/preview/';
export const DOCS_PATH = '/embed/';

export function oembedPath(chartId: string): string {
  return `/oembed/${chartId}.json`;
}

export function downloadPaths(chartId: string): { png: string; png2x: string; svg: string; csv: string } {
  return {
    png: `/downloads/${chartId}.png`,
    png2x: `/downloads/${chartId}-2x.png`,
    svg: `/downloads/${chartId}.svg`,
    csv: `/downloads/${chartId}.csv`,
  };
}

/** Names under /embed/ that are not charts: a chart id may never take one. */
export const RESERVED_IDS = [V, 'preview', 'loader.js'] as const;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The layout widths a journalist may ask for; outside them the embed lays itself out for its frame. */
export const MIN_LAYOUT_WIDTH = 280;
export const MAX_LAYOUT_WIDTH = 1600;

/**
 * The query parameters of an embed URL: all optional; unknown parameters are ignored.
 * `perpetrator` (added in v1, additive) is the perpetrator filter of charts that have no page per
 * category (the map, the timeline): the embed dims the other categories; a value the chart does not
 * draw shows the whole chart. Charts with a page per category are embedded by that chart's own id.
 */
export type EmbedParams = { theme: Theme; width: number | null; perpetrator: string | null };
export const DEFAULT_PARAMS: EmbedParams = { theme: 'auto', width: null, perpetrator: null };
/** The shape of a category id; whether the chart draws it is for the chart to say. */
const CATEGORY_ID = /^[a-z][a-z-]{0,39}$/;

/** Reads ?theme=&width=&perpetrator= leniently: a bad value falls back to the default, it never breaks the chart. */
export function parseParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const rawWidth = q.get('width');
  const width = rawWidth !== null && /^\d{1,5}$/.test(rawWidth) ? Number(rawWidth) : NaN;
  return {
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : 'auto',
    width: width >= MIN_LAYOUT_WIDTH && width <= MAX_LAYOUT_WIDTH ? width : null,
    perpetrator: CATEGORY_ID.test(q.get('perpetrator') ?? '') ? q.get('perpetrator') : null,
  };
}

/** The query string for the given params, omitting defaults so the plain URL stays the canonical one. */
export function formatParams(params: Partial<EmbedParams>): string {
  const q = new URLSearchParams();
  if (params.theme && params.theme !== 'auto') q.set('theme', params.theme);
  if (params.width != null) q.set('width', String(params.width));
  if (params.perpetrator) q.set('perpetrator', params.perpetrator);
  const s = q.toString();
  return s ? `?${s}` : '';
}
