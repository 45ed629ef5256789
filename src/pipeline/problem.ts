import { compare } from '../lib/compare.ts';
/**
 * A problem found in content, shaped for an editor: where it is, what was expected, what was
 * found, and how to fix it. Errors fail the build; warnings flag data that is possible but
 * suspicious and are printed without failing it.
 */
export type Severity = 'error' | 'warning';

export type Problem = {
  severity: Severity;
  /** Path relative to the project root, e.g. content/articles/minusma-2021-q2.md. */
  file: string;
  /** 1-based line and column in the file, when the problem can be placed. */
  line: number | null;
  column: number | null;
  /** The field path in the front matter, e.g. incidents[0].claims[1].counts.killed.low. */
  field: string;
  /** One sentence: what is wrong. */
  message: string;
  expected: string | null;
  found: string | null;
  hint: string | null;
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(front matter)';
}

/**
 * Control characters, shown instead of sent. Content (a value, a file name) reaches terminals and
 * CI logs through problems; raw, a carriage return or line feed could forge a line ("Content is
 * valid", a GitHub `::error` command) and an ANSI escape could clear a reviewer's screen. So every
 * C0 and C1 control (tab, CR and LF included), DEL, and the bidirectional-override characters
 * that reorder what a line appears to say, are written as visible escapes: \r, \n, \t, \x1B,
 * \u202E. The backslash is not escaped: the text stays readable, and a visible `\x1B` can do no harm.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
  });
}

/** `content/a.md:12:3` — the form editors' terminals and GitHub annotations turn into links. */
export function formatLocation(p: Problem): string {
  const file = escapeControls(p.file);
  if (p.line === null) return file;
  return `${file}:${p.line}:${p.column ?? 1}`;
}

export function formatProblem(p: Problem): string {
  const e = escapeControls;
  const lines = [`${formatLocation(p)}  ${p.severity}  ${e(p.field)}: ${e(p.message)}`];
  if (p.expected !== null) lines.push(`    expected: ${e(p.expected)}`);
  if (p.found !== null) lines.push(`    found:    ${e(p.found)}`);
  if (p.hint !== null) lines.push(`    hint:     ${e(p.hint)}`);
  return lines.join('\n');
}

/**
 * A GitHub Actions workflow command (`::error file=…,line=…,title=…::message`), escaped as the
 * runner unescapes it: in the message %, CR and LF become %25, %0D, %0A; in property values also
 * : and , (%3A, %2C), which would otherwise end a property. Control characters are first made
 * visible (escapeControls), so nothing from content can start a new command or colour the log.
 */
export function formatGithub(p: Problem): string {
  const data = (s: string) => escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = [`file=${prop(p.file)}`, p.line ? `line=${p.line}` : '', p.column ? `col=${p.column}` : '', `title=${prop(p.field)}`].filter(Boolean).join(',');
  const text = [p.message, p.expected && `expected: ${p.expected}`, p.found && `found: ${p.found}`, p.hint && `hint: ${p.hint}`].filter(Boolean).join(' | ');
  return `::${p.severity} ${where}::${data(text)}`;
}

/** Stable order: by file, then line, then field, so output diffs cleanly between runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.field, b.field) ||
      compare(a.message, b.message),
  );
}

export function summarise(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** Shows a value the way an editor wrote it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') return value === '' ? 'an empty text ""' : JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list []' : `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object {}' : `an object with ${keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return typeof value;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
