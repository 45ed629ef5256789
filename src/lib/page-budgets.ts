/**
 * Weight budgets of the archive-wide record pages (issue 16), in kilobytes of gzip-compressed HTML,
 * and the page sizes that keep them: every list that grows with the archive is paged at a fixed
 * size or summarised, so these hold at 1,000 and at 10,000 articles. `npm run bench` checks them on
 * the synthetic sites (engineer P wires them in); the measured weights are in docs/performance.md.
 *
 * The key is the page type as test/helpers/site-pages.ts names it (a record or page-number segment
 * generalised to `*`).
 */
export const PAGE_BUDGETS_KB: Readonly<Record<string, number>> = {
  '/incidents/': 40,
  '/incidents/page/*': 40,
  '/incidents/year/*': 40,
  '/incidents/*': 30,
  '/articles/': 30,
  '/articles/page/*': 30,
  '/articles/*': 30,
  '/actors/': 15,
  '/actors/*': 45,
  '/places/': 40,
  '/places/*': 30,
  '/quarters/': 15,
  '/data/': 20,
};

/** Rows per page of the incident lists (all, by year, by actor, by place). */
export const INCIDENTS_PER_PAGE = 100;
/** Articles per page of the article index (each item carries its summary). */
export const ARTICLES_PER_PAGE = 50;
/** Rows a record page shows before pointing to the full paged list. */
export const PREVIEW_ROWS = 10;
/** Figures per page of an actor's figure list, and how many its own page shows first. */
export const FIGURES_PER_PAGE = 100;
export const FIGURES_ON_RECORD_PAGE = 25;
/** Statements by an actor shown on its page (the rest are on their incidents' and articles' pages). */
export const CLAIMS_ON_RECORD_PAGE = 20;
