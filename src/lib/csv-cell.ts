/**
 * CSV formula injection: a spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-`
 * or `@` as a formula (`=HYPERLINK(…)`, `@SUM(…)`), and some also after a leading tab or carriage
 * return. Text from content (a title, a statement) could do that on a reader's machine. Such a
 * text cell gets a leading apostrophe, which spreadsheets show as text and do not run (OWASP's
 * advice). Only text is touched: numbers are written as numbers, so numeric columns stay numeric.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
