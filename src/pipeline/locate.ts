import type { ParsedFile } from './front-matter.ts';
import { formatPath, type Problem, type Severity } from './problem.ts';

type Details = { message: string; expected?: string | null; found?: string | null; hint?: string | null };

/** A problem at a front-matter field of a parsed file, placed on its line. */
export function problemAt(parsed: ParsedFile, path: readonly PropertyKey[], severity: Severity, d: Details): Problem {
  const pos = parsed.locate(path);
  return {
    severity,
    file: parsed.file,
    line: pos?.line ?? null,
    column: pos?.column ?? null,
    field: formatPath(path),
    message: d.message,
    expected: d.expected ?? null,
    found: d.found ?? null,
    hint: d.hint ?? null,
  };
}
