/**
 * Page-weight budgets, per page type: gzip bytes of everything a first visit downloads
 * (page-weight.ts). Written once, here: test/build/page-weight.test.ts checks them on the real
 * content and `npm run bench` on the synthetic sites of 1,000 and 10,000 articles (issue 16), where
 * they must hold too: archive-wide lists summarised, paged or moved to their own pages.
 *
 * home and embed are the numbers. The others are set from what each type must show,
 * not from what it weighs today: a chart page is one chart (its SVG is a few KB at any size)
 * with its notes and links; a record's page is that record and a bounded list of what touches
 * it; a list page is one page of a paged list; the timeline aggregates its marks when they crowd.
 */
export type Budget = { name: string; total: number; js?: number };

const KB = 1024;

/** Budgets by page type (see site-pages.ts: a detail page's type ends in `*`). */
const BY_TYPE: [test: (type: string) => boolean, budget: Budget][] = [
  [(t) => t === '/', { name: 'home', total: 80 * KB, js: 15 * KB }],
  [(t) => t === '/timeline/', { name: 'timeline', total: 100 * KB }],
  // The map's page carries the boundary layer in two layouts (the same at any size) and one dot
  // per place, never per incident (docs/charts.md, the map).
  [(t) => t === '/charts/*', { name: 'chart page', total: 60 * KB }],
  // A chart's sources, 100 reports a page like the incident lists (src/components/charts/source-pages.ts).
  [(t) => /^\/charts\/[^/]+\/sources\/(\*)?$/.test(t), { name: 'chart sources page', total: 40 * KB }],
  [(t) => /^\/(incidents|articles|actors|places|quarters)\/\*$/.test(t), { name: 'record page', total: 60 * KB }],
  [(t) => /^\/(incidents|articles|actors|places|quarters)\/(\d+\/)?$/.test(t) || /\/\*$/.test(t), { name: 'list or other collection page', total: 80 * KB }],
];
const EMBED: Budget = { name: 'embed', total: 30 * KB };
const OTHER: Budget = { name: 'other page', total: 80 * KB };

/** An embed is a page made to sit in another site's iframe: the layout marks it <html data-embed>. */
export const isEmbed = (html: string) => /<html\b[^>]*\sdata-embed\b/i.test(html);

/** The budget a page is held to. */
export function budgetFor(type: string, html: string): Budget {
  if (isEmbed(html)) return EMBED;
  return BY_TYPE.find(([test]) => test(type))?.[1] ?? OTHER;
}
