/**
 * Small pieces of English the generated sentences share (home lede, coverage note, changelog), so
 * a plural or a possessive is built one way everywhere: the reader-text scan
 * (test/build/reader-text.test.ts) looks for "1 rows" and "source’ reports" on every page.
 */

/** "1 report", "3 reports"; `many` for irregular plurals ("1 person", "2 people"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "MINUSMA’s", "Human Rights Watch’s", "the Forces’": a typographic apostrophe, s only when the name does not end in s. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A list cut at `max`, saying how many more there are: "a, b, c and 4 others". */
export function cappedList(items: readonly string[], max: number, other = 'other'): string {
  if (items.length <= max) return listText(items);
  const rest = items.length - max;
  return listText([...items.slice(0, max), plural(rest, other)]);
}

/** `2022-Q1` → "Q1 2022". */
export function quarterLabel(q: string): string {
  const [y, n] = q.split('-Q');
  return `Q${n} ${y}`;
}

/** The last day of a `YYYY-Qn` quarter. */
export function quarterEnd(q: string): string {
  const [y, n] = q.split('-Q').map(Number) as [number, number];
  const month = n * 3;
  const day = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first character in upper case ("civilians killed" → "Civilians killed"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A span of whole months in few words: "June–December 2024", "December 2023 – March 2024",
 * "May 2024". Only for spans at month precision or coarser-than-day use; a day-precise span keeps
 * its days (callers use formatSpan for those).
 */
export function monthSpan(start: string, end: string): string {
  const [ys, ms] = [start.slice(0, 4), MONTHS[Number(start.slice(5, 7)) - 1]];
  const [ye, me] = [end.slice(0, 4), MONTHS[Number(end.slice(5, 7)) - 1]];
  if (ys === ye) return ms === me ? `${ms} ${ys}` : `${ms}–${me} ${ys}`;
  return `${ms} ${ys} – ${me} ${ye}`;
}
