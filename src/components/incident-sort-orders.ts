// The incident table's sort orders, shared by the table (which renders the phone's sort select at
// build time, so nothing is inserted above the table after first paint) and incident-sort.ts
// (which sorts). Pure data, no DOM.

export type Dir = 'ascending' | 'descending';

/** The sortable columns, in the header's order: their key (a row's data-* attribute) and name. */
export const SORT_COLUMNS: readonly { key: string; name: string }[] = [
  { key: 'date', name: 'Date' },
  { key: 'place', name: 'Place' },
  { key: 'named', name: 'Held responsible' },
  { key: 'toll', name: 'Civilians harmed' },
  { key: 'status', name: 'Status' },
];

/** Each order in words, for the phone select and the status line. The reader's first choice first. */
export const ORDER_WORDS: Record<string, [Dir, string][]> = {
  date: [['descending', 'newest first'], ['ascending', 'oldest first']],
  place: [['ascending', 'A to Z'], ['descending', 'Z to A']],
  named: [['ascending', 'A to Z'], ['descending', 'Z to A']],
  toll: [['descending', 'largest first'], ['ascending', 'smallest first']],
  status: [['descending', 'denied first'], ['ascending', 'reported first']],
};

/** Every option of the phone select: its value ("date descending") and its words. */
export function sortOptions(): { value: string; text: string }[] {
  return SORT_COLUMNS.flatMap(({ key, name }) => ORDER_WORDS[key]!.map(([dir, words]) => ({ value: `${key} ${dir}`, text: `${name}, ${words}` })));
}
