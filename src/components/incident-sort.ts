// Sorts the rows of an incident table (this page's rows only: lists are paged at a fixed size, see
// src/lib/page-budgets.ts). An enhancement: without JavaScript the table keeps its built order,
// newest first, and no control is shown. Each sortable header's text becomes a button in place
// (same text, same size), and aria-sort says which column orders the rows. On a phone the header
// row is hidden (the rows become cards, tables.css), so the same orders are offered by a labelled
// select above the table (rendered at build time by IncidentTable.astro and shown by CSS only when
// the page is scripted, so it moves nothing and is never a dead control); both stay in step, and a
// polite status line says the new order after either is used.
import { ORDER_WORDS, type Dir } from './incident-sort-orders.ts';
const NUMERIC = new Set(['toll', 'status']);
/** The first click sorts dates and tolls largest first (what readers look for), words A to Z. */
const FIRST: Record<string, Dir> = { date: 'descending', toll: 'descending' };

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  if (!body) continue;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  const nameOf = (th: HTMLTableCellElement) => th.dataset.sortName ?? th.textContent!.trim();
  const wordsOf = (key: string, dir: Dir) => ORDER_WORDS[key]?.find(([d]) => d === dir)?.[1] ?? dir;

  // The phone select is the table's own (built with it); the status line is made here, visually
  // hidden, so without JavaScript it does not exist.
  const wrap = table.closest('.table-wrap') ?? table;
  const select = wrap.previousElementSibling?.querySelector<HTMLSelectElement>('select[data-sort-select]');
  if (!select) continue;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  wrap.after(status);

  const sort = (th: HTMLTableCellElement, dir: Dir) => {
    const key = th.dataset.sortKey!;
    const sign = dir === 'ascending' ? 1 : -1;
    const value = (tr: HTMLTableRowElement) => tr.dataset[key] ?? '';
    const rows = [...body.rows].map((tr, i) => ({ tr, i }));
    rows.sort((a, b) => {
      const c = NUMERIC.has(key) ? Number(value(a.tr)) - Number(value(b.tr)) : value(a.tr).localeCompare(value(b.tr));
      // Ties keep the order before this sort, so a sort is stable and predictable.
      return sign * c || a.i - b.i;
    });
    body.append(...rows.map((r) => r.tr));
    for (const other of headers) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    select.value = `${key} ${dir}`;
    status.textContent = `Rows sorted by ${nameOf(th).toLowerCase()}, ${wordsOf(key, dir)}.`;
  };

  for (const th of headers) {
    const key = th.dataset.sortKey!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const now = th.getAttribute('aria-sort') as Dir | null;
      sort(th, now ? (now === 'ascending' ? 'descending' : 'ascending') : (FIRST[key] ?? 'ascending'));
    });
  }
  select.addEventListener('change', () => {
    const [key, dir] = select.value.split(' ') as [string, Dir];
    const th = headers.find((h) => h.dataset.sortKey === key);
    if (th) sort(th, dir);
  });
  // The built order, as the header says (newest first): the select starts on it, silently.
  const current = headers.find((h) => h.hasAttribute('aria-sort'));
  if (current) select.value = `${current.dataset.sortKey} ${current.getAttribute('aria-sort')}`;
}
