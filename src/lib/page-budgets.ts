/**
 * Weight budgets of the archive-wide record pages (issue 16), in kilobytes of gzip-compressed HTML
 * (level 9), and the page sizes that keep them: every list that grows with the archive is paged at
 * a fixed size or summarised, so these hold at 1,000 and at 10,000 articles. `npm run bench` may
 * check them on the synthetic sites with budgetFor(route); the first matching rule applies.
 */
export type PageBudget = { route: RegExp; kb: number; what: string };

export const PAGE_BUDGETS: readonly PageBudget[] = [
  { route: /^\/incidents\/$/, kb: 40, what: 'incident list, page 1 (100 rows)' },
  { route: /^\/incidents\/(page|year|by|at)\//, kb: 40, what: 'incident list pages: all, by year, by actor, by place (100 rows each)' },
  { route: /^\/incidents\/[^/]+\/$/, kb: 30, what: 'one incident' },
  { route: /^\/articles\/(page\/\d+\/)?$/, kb: 30, what: 'article index pages (50 a page)' },
  { route: /^\/articles\/[^/]+\/$/, kb: 30, what: 'one article' },
  { route: /^\/actors\/$/, kb: 15, what: 'actor index (bounded by the actors on file)' },
  { route: /^\/actors\/[^/]+\/figures\//, kb: 40, what: "an actor's figures (100 a page)" },
  // An actor page's own lists hold at most 10 incidents, 25 figures and 20 statements (about
  // 8 KB); its chart (the chart kinds' and frame's) is the rest, and must stay bounded for this to hold.
  { route: /^\/actors\/[^/]+\/$/, kb: 45, what: 'one actor' },
  // The gazetteer, bounded by the places on file; the maps are on their own chart pages.
  { route: /^\/places\/$/, kb: 15, what: 'places: the gazetteer' },
  { route: /^\/places\/[^/]+\/$/, kb: 30, what: 'one place (10 incidents here, 10 nearby, 25 figures)' },
  { route: /^\/quarters\/[^/]+\/(\d+\/)?$/, kb: 30, what: 'one quarter (10 sources a page)' },
  { route: /^\/quarters\/$/, kb: 15, what: 'quarter index (one row per quarter)' },
  { route: /^\/data\/$/, kb: 20, what: 'data page (bounded by the tables published)' },
];

/** The budget of a site route (`/incidents/page/3/`), or undefined when none of these applies. */
export function budgetFor(route: string): PageBudget | undefined {
  return PAGE_BUDGETS.find((b) => b.route.test(route));
}

/** Rows per page of the incident lists (all, by year, by actor, by place). */
export const INCIDENTS_PER_PAGE = 100;
/** Articles per page of the article index (each item carries its summary). */
export const ARTICLES_PER_PAGE = 50;
/** Rows a record page shows before pointing to the full paged list. */
export const PREVIEW_ROWS = 10;
/** Figures per page of an actor's figure list, and how many its own page shows first. */
export const FIGURES_PER_PAGE = 100;
export const FIGURES_ON_RECORD_PAGE = 25;
/** Sources per page of a quarter's figures (each source's figures stay together). */
export const SOURCES_PER_QUARTER_PAGE = 10;
/** Statements by an actor shown on its page (the rest are on their incidents' and articles' pages). */
export const CLAIMS_ON_RECORD_PAGE = 20;
