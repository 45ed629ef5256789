// Sorts the rows of an incident table (this page's rows only: lists are paged at a fixed size, see
// src/lib/page-budgets.ts). An enhancement: without JavaScript the table keeps its built order,
// newest first. Each sortable header's text becomes a button in place (same text, same size), and
// aria-sort says which column orders the rows.
export {};

type Dir = 'ascending' | 'descending';
const NUMERIC = new Set(['toll', 'status']);
/** The first click sorts dates and tolls largest first (what readers look for), words A to Z. */
const FIRST: Record<string, Dir> = { date: 'descending', toll: 'descending' };

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  if (!body) continue;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  for (const th of headers) {
    const key = th.dataset.sortKey!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const now = th.getAttribute('aria-sort') as Dir | null;
      const dir: Dir = now ? (now === 'ascending' ? 'descending' : 'ascending') : (FIRST[key] ?? 'ascending');
      const sign = dir === 'ascending' ? 1 : -1;
      const value = (tr: HTMLTableRowElement) => tr.dataset[key] ?? '';
      const rows = [...body.rows].map((tr, i) => ({ tr, i }));
      rows.sort((a, b) => {
        const c = NUMERIC.has(key) ? Number(value(a.tr)) - Number(value(b.tr)) : value(a.tr).localeCompare(value(b.tr));
        // Ties keep the built order (newest first), so a sort is stable and predictable.
        return sign * c || a.i - b.i;
      });
      body.append(...rows.map((r) => r.tr));
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir);
    });
  }
}
