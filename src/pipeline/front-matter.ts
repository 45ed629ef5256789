import matter from 'gray-matter';
import jsyaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { type Problem } from './problem.ts';

/** Where a field sits in the file, 1-based. */
export type Position = { line: number; column: number };

export type ParsedFile = {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Finds the line of a front-matter field (or of its closest parent that exists). */
  locate: (path: readonly PropertyKey[], key?: string) => Position | null;
  /** First line of the body in the file, for problems found in the text. */
  bodyLine: number;
};

/**
 * Splits a Markdown file into front matter and body with gray-matter. The YAML is read with
 * js-yaml's core schema (fast; dates stay strings, never UTC Dates), and parsed again with the
 * `yaml` package only when a problem needs its line: `yaml` keeps every node's position and
 * names each syntax error.
 */
export function parseFrontMatter(file: string, text: string, opts: { fields?: readonly string[] } = {}): { parsed: ParsedFile | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const base = { file, field: '(front matter)', expected: null, found: null } as const;
  if (!/^---\r?\n/.test(text)) {
    problems.push({
      ...base,
      severity: 'error',
      line: 1,
      column: 1,
      message: 'the file does not start with front matter',
      expected: 'a first line of three dashes (---), then the fields, then another --- line',
      found: describeFirstLine(text),
      hint: 'copy the layout of an existing article, or run `npm run new` to get a template',
    });
    return { parsed: null, problems };
  }
  let yamlSource = '';
  // Typed by assertion: it is assigned in the callback, which TypeScript's narrowing cannot see.
  let fast = { data: {} } as { data: unknown } | { error: Error };
  let fm: matter.GrayMatterFile<string>;
  try {
    fm = matter(text, {
      engines: {
        yaml: (src: string) => {
          yamlSource = src;
          // js-yaml reads valid YAML about ten times faster than `yaml`; `yaml` is used only
          // when something must be located (a problem) or explained (a syntax error).
          try {
            fast = { data: jsyaml.load(src, { schema: jsyaml.CORE_SCHEMA }) ?? {} };
          } catch (err) {
            fast = { error: err as Error };
          }
          return {};
        },
      },
    });
  } catch (err) {
    problems.push({ ...base, severity: 'error', line: 1, column: 1, message: `could not read the front matter: ${(err as Error).message}`, hint: null });
    return { parsed: null, problems };
  }
  // gray-matter ends the front matter at the first line that merely starts with ---.
  const closing = closingLineProblem(file, text);
  if (closing) return { parsed: null, problems: [closing] };
  if (!/\r?\n---\s*(\r?\n|$)/.test(text.slice(3))) {
    problems.push({
      ...base,
      severity: 'error',
      line: 1,
      column: 1,
      message: 'the front matter is never closed',
      expected: 'a line of three dashes (---) after the last field',
      found: 'no closing --- line',
      hint: 'add a line with --- between the fields and the article text',
    });
    return { parsed: null, problems };
  }
  const counter = new LineCounter();
  let slowDoc: Document.Parsed | undefined;
  // The YAML starts on the file's second line, after the opening ---; gray-matter hands it over
  // with the newline that ends the --- line, which already accounts for that line.
  const offset = yamlSource.startsWith('\n') ? 0 : 1;
  const positioned = (): Document.Parsed => (slowDoc ??= parseDocument(yamlSource, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }));
  if ('error' in fast && positioned().errors.length === 0) {
    // The two parsers disagree on a corner of YAML: report js-yaml's reading.
    const mark = (fast.error as Error & { mark?: { line: number; column: number } }).mark;
    problems.push({
      ...base,
      severity: 'error',
      line: mark ? mark.line + 1 + offset : 1,
      column: mark ? mark.column + 1 : 1,
      message: `the front matter is not valid YAML: ${(fast.error as Error & { reason?: string }).reason ?? fast.error.message.split('\n')[0]}`,
      expected: 'valid YAML: `field: value`, lists as `- item`, consistent indentation with spaces',
      hint: yamlHint(''),
    });
    return { parsed: null, problems };
  }
  const yamlDoc = 'error' in fast ? positioned() : undefined;
  if (yamlDoc && yamlDoc.errors.length) {
    // One broken line makes the parser trip several times on it: report the first error per line.
    const seenLines = new Set<number>();
    for (const e of yamlDoc.errors) {
      const pos = e.code === 'MISSING_CHAR' && /quote/i.test(e.message) ? unclosedQuote(yamlSource, counter, e.pos[0]) : counter.linePos(e.pos[0]);
      if (seenLines.has(pos.line)) continue;
      seenLines.add(pos.line);
      problems.push({
        ...base,
        severity: 'error',
        line: pos.line + offset,
        column: pos.col,
        message: `the front matter is not valid YAML: ${yamlMessage(e.code, e.message)}`,
        expected: 'valid YAML: `field: value`, lists as `- item`, consistent indentation with spaces',
        found: null,
        hint: yamlHint(e.code),
      });
    }
    return { parsed: null, problems };
  }
  const data = 'data' in fast ? fast.data : null;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      ...base,
      severity: 'error',
      line: 2,
      column: 1,
      message: 'the front matter must be a set of `field: value` lines',
      expected: 'fields such as `id: …` and `title: …`',
      found: Array.isArray(data) ? 'a list' : typeof data,
      hint: null,
    });
    return { parsed: null, problems };
  }
  const locate = (path: readonly PropertyKey[], key?: string): Position | null => {
    const node = findNode(positioned().contents as Node | null, path, key);
    if (!node?.range) return null;
    const pos = counter.linePos(node.range[0]);
    return { line: pos.line + offset, column: pos.col };
  };
  const bodyStart = text.length - fm.content.length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  const early = fieldsInBody(file, fm.content, bodyLine, opts.fields ?? []);
  if (early) return { parsed: null, problems: [early] };
  return { parsed: { file, data: data as Record<string, unknown>, body: fm.content, locate, bodyLine }, problems };
}

/**
 * The line that closes the front matter must be exactly `---`. gray-matter closes at the first
 * line that starts with three dashes (`----`, `--- text`), and what follows them on that line
 * would silently become article text.
 */
function closingLineProblem(file: string, text: string): Problem | null {
  // Found by one search rather than splitting the whole file into lines: this runs on every file.
  const at = text.indexOf('\n---');
  if (at === -1) return null;
  const end = text.indexOf('\n', at + 1);
  const closing = text.slice(at + 1, end === -1 ? text.length : end);
  if (/^---\s*$/.test(closing)) return null;
  const i = text.slice(0, at + 1).split('\n').length - 1;
  const lines = { [i]: closing } as Record<number, string>;
  return {
    severity: 'error',
    file,
    line: i + 1,
    column: 1,
    field: '(front matter)',
    message: 'the line that ends the front matter must be exactly three dashes',
    expected: 'a line holding only ---',
    found: JSON.stringify(lines[i]!.length > 60 ? `${lines[i]!.slice(0, 57)}…` : lines[i]),
    hint: /^-{4,}\s*$/.test(lines[i]!) ? 'write exactly three dashes: ---' : 'put the --- on a line of its own, and what follows it on the next line',
  };
}

/**
 * Fields below the closing ---: a stray --- line inside the front matter ends it there, every
 * field after it silently drops out of the data and is published as the article's text. So the
 * body may not hold a line that is a top-level field (`events:` at the start of a line), nor start
 * with two `field:` or `- field:` lines: a list or group cut off from its parent.
 */
function fieldsInBody(file: string, body: string, bodyLine: number, fields: readonly string[]): Problem | null {
  const lines = body.split('\n');
  const text = lines.flatMap((l, k) => (l.trim() === '' ? [] : [k]));
  // A cut-off group: the first two lines of text are both `field:` lines, the first indented or a list item.
  const yamlish = (l: string | undefined) => l !== undefined && /^\s*(?:-\s+)?[a-z_][a-z0-9_]*\s*:(\s|$)/.test(l);
  const cutOff = /^(\s|-\s)/.test(lines[text[0]!] ?? '') && yamlish(lines[text[0]!]) && yamlish(lines[text[1]!]);
  for (const [k, line] of lines.entries()) {
    const top = /^([A-Za-z_][\w-]*)\s*:(\s|$)/.exec(line);
    const nested = cutOff && k === text[0] ? /^\s*(?:-\s+)?([a-z_][a-z0-9_]*)\s*:/.exec(line) : null;
    const key = top && fields.includes(top[1]!) ? top[1]! : nested?.[1];
    if (!key) continue;
    const closing = bodyLine - 1;
    return {
      severity: 'error',
      file,
      line: bodyLine + k,
      column: line.indexOf(key) + 1,
      field: top ? key : '(front matter)',
      message: `a front-matter field ("${key}:") after the --- on line ${closing} that ends the front matter`,
      expected: `every field between the first two --- lines (1 and ${closing}); article text after them`,
      found: JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}…` : line),
      hint: `if the --- on line ${closing} is a stray, delete it so the fields below it are read; if line ${bodyLine + k} is article text, reword its start`,
    };
  }
  return null;
}

/** Walks the YAML tree along a zod path; returns the deepest node that exists (or a key node). */
function findNode(root: Node | null, path: readonly PropertyKey[], key?: string): Node | null {
  let node: Node | null = root;
  const full = key === undefined ? path : [...path, key];
  for (const [i, part] of full.entries()) {
    const wantKey = key !== undefined && i === full.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return node;
      // Point at the key for unknown fields and for missing-value problems; at the value otherwise.
      if (wantKey || pair.value === null) return pair.key as Node;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/**
 * The parser notices a missing closing quote only where the front matter ends; point instead at
 * the first line whose value opens a quote it does not close.
 */
function unclosedQuote(src: string, counter: LineCounter, fallback: number): { line: number; col: number } {
  let offset = 0;
  for (const line of src.split('\n')) {
    const m = /^\s*(?:-\s+)?[^:#"']+:\s+(["'])(.*)$/.exec(line);
    if (m && !m[2]!.includes(m[1]!)) return counter.linePos(offset + line.indexOf(m[1]!));
    offset += line.length + 1;
  }
  return counter.linePos(fallback);
}

function describeFirstLine(text: string): string {
  if (text.length === 0) return 'an empty file';
  if (text.trim().length === 0) return 'a file with only blank space';
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return JSON.stringify(first.length > 60 ? `${first.slice(0, 57)}…` : first);
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `${first.replace(/ at line \d+, column \d+:?$/, '')} (${code})`;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field may appear once: merge the two or delete one';
    case 'BAD_INDENT':
      return 'check the indentation: nested fields use two more spaces than their parent, never tabs';
    case 'MISSING_CHAR':
      return 'close every quote and bracket you open: "…", […], {…}';
    case 'TAB_AS_INDENT':
      return 'replace the tab characters at the start of the line with spaces';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value that contains a colon must be quoted (title: "Mali: a report"); and a field must be indented exactly like the fields beside it';
    default:
      return 'text containing a colon, # or a leading quote must be put in double quotes';
  }
}
