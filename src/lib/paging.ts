/**
 * Fixed-size pages for archive-wide lists, so no list page grows with the archive (issue 16).
 * Page 1 lives at the list's own address; page n at `<base>page/<n>/` (or `<base><n>/` for
 * lists whose route is a rest parameter). Pure: the routes and the pager share it.
 */

/** The items split into pages of `size`; an empty list is one empty page, so page 1 always exists. */
export function splitPages<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number above 0, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * The pages of a list whose route is a rest parameter (`[...page].astro`): each page's rows, its
 * number (from 1), the number of pages and of items, and its parameter (none for page 1, which
 * lives at the list's own address). What every paged route's getStaticPaths needs.
 */
export function restPages<T>(items: readonly T[], size: number): { param: string | undefined; rows: T[]; page: number; pages: number; total: number }[] {
  const pages = splitPages(items, size);
  return pages.map((rows, i) => ({ param: i === 0 ? undefined : String(i + 1), rows, page: i + 1, pages: pages.length, total: items.length }));
}

/** Site path of page n of a list whose first page is `base` (ending in "/"): `/incidents/page/2/`. */
export function pagePath(base: string, n: number, style: 'page' | 'bare' = 'page'): string {
  if (n <= 1) return base;
  return style === 'page' ? `${base}page/${n}/` : `${base}${n}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with null where numbers are skipped. Bounded (at most 9 entries) whatever the page count.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const keep = new Set([1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** "Incidents 101–200 of 3,120" style range words for page n. */
export function rangeWords(n: number, size: number, total: number): { first: number; last: number } {
  return { first: total === 0 ? 0 : (n - 1) * size + 1, last: Math.min(n * size, total) };
}
