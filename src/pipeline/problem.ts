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

/** `content/a.md:12:3` — the form editors' terminals and GitHub annotations turn into links. */
export function formatLocation(p: Problem): string {
  if (p.line === null) return p.file;
  return `${p.file}:${p.line}:${p.column ?? 1}`;
}

export function formatProblem(p: Problem): string {
  const lines = [`${formatLocation(p)}  ${p.severity}  ${p.field}: ${p.message}`];
  if (p.expected !== null) lines.push(`    expected: ${p.expected}`);
  if (p.found !== null) lines.push(`    found:    ${p.found}`);
  if (p.hint !== null) lines.push(`    hint:     ${p.hint}`);
  return lines.join('\n');
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
