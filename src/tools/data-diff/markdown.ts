/**
 * Markdown for a GitHub job summary, safe against the text it quotes. Titles, statements,
 * sentences and messages come from content: written as is, a `|` would split a table cell, a
 * backtick open a code span, a leading `#` make a heading and `<script>` or `<img>` reach the
 * page as HTML. Every piece of content goes through `text` (or `code` for ids), and table cells
 * through `cell`, so content can neither break the layout nor inject into the summary.
 */

/** Characters that start inline Markdown anywhere in a line: escaped with a backslash. */
const INLINE = /[\\`*_[\]~|]/g;

/** Plain text from content, as one line of literal Markdown text. */
export function text(s: string): string {
  return (
    s
      // One line: a newline could end a table row or start a block (heading, list, fence).
      .replace(/\s+/g, ' ')
      .trim()
      // HTML and entities as entities, so `<b>` and `&lt;` read literally and never render.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(INLINE, (c) => `\\${c}`)
      // Block syntax only counts at the start of a line (and a cell or list item is one).
      .replace(/^([#+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** An id or other short token in a code span; a backtick inside gets a longer fence. */
export function code(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  const runs = one.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = runs.length || one.startsWith(' ') ? ' ' : '';
  // A pipe splits a GitHub table cell even inside a code span, so it is escaped here too.
  return `${fence}${pad}${one.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A Markdown table; cells must already be escaped (`text`, `code`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)];
}

/** "1 figure", "2 figures". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
