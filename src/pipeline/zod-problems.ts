import { dateRangeHint, numberTextHint, separatorHint } from '../diagnostics/editor-hints.ts';
import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';
import type { ParsedFile } from './front-matter.ts';
import { ID_PATTERN } from '../schema/ids.ts';
import { LANGUAGE_PATTERN } from '../schema/source.ts';
import { QUARTER_PATTERN } from '../schema/span.ts';
import { describeValue, formatPath, type Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Turns zod's issues into problems an editor can act on: located, with expected, found and hint. */
export function zodProblems(parsed: ParsedFile, schema: AnySchema, issues: readonly Issue[], root: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of flattenUnions(issues, root)) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const pos = parsed.locate(issue.path, key);
        out.push({
          severity: 'error',
          file: parsed.file,
          line: pos?.line ?? null,
          column: pos?.column ?? null,
          field: formatPath([...issue.path, key]),
          message: `unknown field "${key}"`,
          expected: allowed.length ? `one of the fields ${allowed.join(', ')}` : 'no further fields here',
          found: `"${key}"`,
          hint: separatorHint(key, valueAt(root, issue.path) as Record<string, unknown> | undefined) ?? didYouMean(key, allowed) ?? 'remove it, or check CONTRIBUTING.md for the fields this part takes',
        });
      }
      continue;
    }
    const value = valueAt(root, issue.path);
    const pos = parsed.locate(issue.path);
    out.push({
      severity: 'error',
      file: parsed.file,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      field: formatPath(issue.path),
      message: messageFor(issue, value),
      expected: expectedFor(issue),
      // A custom check may say what it found better than the value can (both ends of a span).
      found: (issue as { params?: { found?: string } }).params?.found ?? describeValue(value),
      hint: hintFor(issue, value),
    });
  }
  return out;
}

/**
 * A union (a date or a { start, end }; a quarter or a period) fails as a whole; report the branch
 * the editor evidently meant: an object branch for an object, a plain branch otherwise.
 */
function flattenUnions(issues: readonly Issue[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) {
      out.push(issue);
      continue;
    }
    const value = valueAt(root, issue.path);
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const branches = issue.errors.filter((branch) => {
      const rootTypeMiss = branch.some((i) => i.path.length === 0 && i.code === 'invalid_type');
      return !rootTypeMiss;
    });
    if (branches.length === 0 || (!isObject && value !== undefined)) {
      out.push(issue);
      continue;
    }
    // Among object branches, prefer the one with the fewest unknown fields: the shape they meant.
    const best = [...branches].sort((a, b) => score(a) - score(b))[0]!;
    out.push(...flattenUnions(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue), root));
  }
  return out;
}

function score(branch: readonly Issue[]): number {
  return branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? 10 * i.keys.length : 1), 0);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function messageFor(issue: Issue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'this field is required';
  if (value === null) return 'this field is empty';
  // zod's own wording ("Invalid input: expected array, received object") is for programmers.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) return `expected ${article(issue.expected)}, found ${describeValue(value)}`;
  if (issue.code === 'invalid_value') return 'this value is not one of the allowed ones';
  return issue.message;
}

function expectedFor(issue: Issue): string | null {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? article(issue.expected) : stripExpected(issue.message);
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'some text';
      return `${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
    case 'invalid_union':
      return stripExpected(issue.message);
    case 'custom':
      // A custom check states its rule in the message; it names what it expects only if it says so.
      return (issue as { params?: { expected?: string } }).params?.expected ?? null;
    default:
      return null;
  }
}

function stripExpected(message: string): string {
  return message.replace(/^expected /, '');
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    object: 'a group of `field: value` lines',
  };
  return names[type] ?? type;
}

function hintFor(issue: Issue, value: unknown): string | null {
  if (typeof value === 'string') {
    const editorHint = numberTextHint(value) ?? dateRangeHint(value);
    if (editorHint) return editorHint;
  }
  const params = (issue as { params?: { hint?: string } }).params;
  if (params?.hint) return params.hint;
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    return didYouMean(value, issue.values.map(String)) ?? null;
  }
  if (issue.code === 'invalid_type' && value === undefined) return 'add the field; see CONTRIBUTING.md for an example';
  if (value === null) return 'give it a value, or delete the line if the field is optional';
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in double quotes: "${String(value)}"`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && 'pattern' in issue && issue.pattern === String(ID_PATTERN) && typeof value === 'string') {
    const id = toId(value);
    return id ? `write it as "${id}"` : 'use lower-case letters a-z, digits and single hyphens';
  }
  if (issue.code === 'too_small' && issue.origin === 'number' && Number(issue.minimum) === 0) return 'a count is zero or more: write the number without a minus sign';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'counts are whole numbers: check the number against the source';
  // zod passes no params through .regex(), so hints for patterns are kept here.
  if (issue.code === 'invalid_format' && issue.format === 'regex' && 'pattern' in issue && issue.pattern === String(LANGUAGE_PATTERN)) {
    return 'en for English, fr for French, bm for Bambara';
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && 'pattern' in issue && issue.pattern === String(QUARTER_PATTERN)) {
    return 'the year, a hyphen, Q and the quarter 1 to 4: 2021-Q2';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string') {
    return 'write the number without quotes or words: 50, not "50" or "fifty"';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && value !== undefined) {
    return 'write a list with one "- item" per line, or [a, b] on one line';
  }
  return null;
}

/** An id an editor probably meant: "Hombori 2022_04" → "hombori-2022-04". */
export function toId(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The field names an object schema accepts at a path, for "did you mean" on unknown fields. */
export function objectKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const found = new Set<string>();
  const visit = (s: AnySchema, rest: readonly PropertyKey[]): void => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
        return visit(def.innerType as AnySchema, rest);
      case 'pipe':
        visit(def.in as AnySchema, rest);
        return visit(def.out as AnySchema, rest);
      case 'union':
        for (const o of def.options as AnySchema[]) visit(o, rest);
        return;
      case 'array':
        if (rest.length && typeof rest[0] === 'number') visit(def.element as AnySchema, rest.slice(1));
        return;
      case 'record':
        if (rest.length) visit(def.valueType as AnySchema, rest.slice(1));
        else {
          const keyDef = (def.keyType as AnySchema)._zod.def as unknown as { type: string; entries?: Record<string, string> };
          if (keyDef.type === 'enum' && keyDef.entries) for (const k of Object.values(keyDef.entries)) found.add(k);
        }
        return;
      case 'object': {
        const shape = def.shape as Record<string, AnySchema>;
        if (rest.length === 0) for (const k of Object.keys(shape)) found.add(k);
        else if (shape[String(rest[0])]) visit(shape[String(rest[0])]!, rest.slice(1));
        return;
      }
      default:
        return;
    }
  };
  visit(schema, path);
  return [...found];
}
