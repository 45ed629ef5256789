import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** Larger than any real summary: a file this big is a mistake (a pasted report, a binary). */
export const MAX_FILE_BYTES = 256 * 1024;

export type TextFile = { file: string; text: string };

/** The path editors see in problems: relative to the project root, with forward slashes. */
export function relativeFile(absolute: string, root: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

function fileProblem(file: string, message: string, expected: string, found: string, hint: string, at: { line: number; column: number } | null = null): Problem {
  return { severity: 'error', file, line: at?.line ?? null, column: at?.column ?? null, field: '(file)', message, expected, found, hint };
}

/**
 * Every entry under the content folder, accounted for: the `<folder>/<name>.md` files of the
 * known folders are returned to be read; everything else is reported, so no file is ever
 * silently skipped. Symbolic links are never followed (they could read outside the repository,
 * and a link's target can change under a review): each is reported instead.
 */
export async function listContent(contentDir: string, root: string, folders: readonly string[]): Promise<{ files: Map<string, string[]>; problems: Problem[] }> {
  const files = new Map<string, string[]>(folders.map((f) => [f, []]));
  const problems: Problem[] = [];
  const rel = (abs: string) => relativeFile(abs, root);
  const top = await entries(contentDir);
  if (top === null) return { files, problems };
  for (const e of top) {
    const abs = path.join(contentDir, e.name);
    if (e.isDirectory() && folders.includes(e.name)) {
      for (const f of (await entries(abs)) ?? []) {
        const file = path.join(abs, f.name);
        if (f.isFile() && /^[^.].*\.md$/.test(f.name)) files.get(e.name)!.push(file);
        else problems.push(...(await unread(f, file, rel, `content/${e.name}/`)));
      }
    } else if (e.isDirectory()) {
      problems.push(...(await unreadFolder(abs, rel, `a folder the site does not read (it reads ${folders.map((f) => `${f}/`).join(', ')})`, `move the file into ${folders.map((f) => `content/${f}/`).join(', ')} as fits, or out of content/`)));
    } else if (e.isSymbolicLink() && folders.includes(e.name)) {
      problems.push(fileProblem(rel(abs), 'the content folder is a symbolic link, which the site does not follow', 'a real folder', 'a symbolic link', `make content/${e.name} a real folder holding the files`));
    } else {
      problems.push(...(await unread(e, abs, rel, null)));
    }
  }
  for (const list of files.values()) list.sort();
  return { files, problems };
}

async function entries(dir: string): Promise<Dirent[] | null> {
  try {
    // withFileTypes reports a symbolic link as a link (lstat), never as what it points to.
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Why one entry is not read, and how to make it read (or remove it). */
async function unread(e: Dirent, abs: string, rel: (a: string) => string, folder: string | null): Promise<Problem[]> {
  const file = rel(abs);
  if (e.isSymbolicLink()) {
    return [fileProblem(file, 'the file is a symbolic link, which the site does not follow', 'a real file', 'a symbolic link', 'replace the link with a copy of the file itself')];
  }
  if (e.isDirectory()) {
    return unreadFolder(abs, rel, 'in a subfolder, which the site does not read', `move the file up into ${folder ?? 'content/articles/'}, directly`);
  }
  if (!e.isFile()) {
    return [fileProblem(file, 'not a regular file', 'a Markdown file', 'a device, pipe or socket', 'remove it from content/')];
  }
  // A real file the site does not read: its problems point at its first line, so a pull request
  // shows them on the file (GitHub annotations without a line are easy to miss).
  const FIRST = { line: 1, column: 1 };
  if (folder === null) {
    return [fileProblem(file, 'a file outside the content folders, which the site does not read', 'files only in content/articles/, content/actors/ or content/places/', `a file in content/`, 'move it into the folder it belongs to, or out of content/', FIRST)];
  }
  const name = e.name;
  if (name.startsWith('.')) {
    return [fileProblem(file, 'a hidden file, which the site does not read', 'only <id>.md files', `"${name}"`, 'delete it (editors and operating systems leave such files; they do not belong in content/)', FIRST)];
  }
  const ext = path.extname(name);
  const stem = path.basename(name, ext);
  if (/^\.(md|markdown|mdown|mkd|mkdn|txt|text)$/i.test(ext)) {
    return [fileProblem(file, `the file name ends in "${ext}", so the site does not read it`, 'a name ending in .md (lower case)', `"${name}"`, `rename it to ${stem}.md`, FIRST)];
  }
  return [fileProblem(file, ext ? `a "${ext}" file, which the site does not read` : 'a file without the .md extension, which the site does not read', 'a Markdown file named <id>.md', `"${name}"`, ext ? 'if it is an article, save it as Markdown with a .md name; otherwise move it out of content/' : `if it is an article, rename it to ${name}.md; otherwise move it out of content/`, FIRST)];
}

/** Every file in a folder the site does not read, reported one by one (links not followed). */
async function unreadFolder(dir: string, rel: (a: string) => string, message: string, hint: string): Promise<Problem[]> {
  const out: Problem[] = [];
  const inside = (await entries(dir)) ?? [];
  if (inside.length === 0) return [fileProblem(rel(dir), `an empty folder: ${message}`, 'no folders here', 'an empty folder', 'delete the folder')];
  for (const e of inside) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await unreadFolder(abs, rel, message, hint)));
    else if (e.isSymbolicLink()) out.push(fileProblem(rel(abs), `a symbolic link, ${message}`, 'a real file in a folder the site reads', 'a symbolic link', 'replace the link with a copy of the file itself, where it belongs'));
    else if (e.isFile()) out.push(fileProblem(rel(abs), `the file is ${message}`, 'files directly in content/articles/, content/actors/ or content/places/', `"${rel(abs)}"`, hint, { line: 1, column: 1 }));
    else out.push(fileProblem(rel(abs), `not a regular file, ${message}`, 'a Markdown file', 'a device, pipe or socket', 'remove it from content/'));
  }
  return out;
}

/** Control characters no editor types; a lone CR (old Mac line ends) included. Tab is allowed. */
// A C1 character (U+0080–U+009F) in UTF-8 text is almost always text decoded twice (mojibake).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\r]/g;

// One decoder for every file: without { stream: true } each decode() starts afresh.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8, rejecting what an editor cannot have meant: an empty file, a
 * file that is not UTF-8 text, a huge one, control characters (which could also rewrite a
 * terminal or CI log that shows the file's values). `file` in problems is relative to `root`.
 */
export async function readTextFile(absolute: string, root: string): Promise<{ text: TextFile | null; problems: Problem[] }> {
  const file = relativeFile(absolute, root);
  const bytes = await readFile(absolute);
  const problem = (message: string, expected: string, found: string, hint: string, at: { line: number; column: number } | null = null) => fileProblem(file, message, expected, found, hint, at);
  if (bytes.length === 0) {
    return { text: null, problems: [problem('the file is empty', 'front matter and an article text', 'an empty file (0 bytes)', 'fill it in from a template (`npm run new`), or delete it')] };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      text: null,
      problems: [problem('the file is too large to be an article', `at most ${MAX_FILE_BYTES / 1024} KB`, `${Math.round(bytes.length / 1024)} KB`, 'summarise the report in your own words; do not paste the report itself')],
    };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: null,
      problems: [problem('the file is not UTF-8 text', 'a file saved as UTF-8', `bytes that are not UTF-8 (perhaps Windows-1252, Latin-1 or UTF-16), first at line ${at.line}, column ${at.column}`, 'in your editor choose "Save with encoding: UTF-8", then check accented letters such as é', at)],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul);
    const at = { line: before.split('\n').length, column: nul - before.lastIndexOf('\n') };
    return { text: null, problems: [problem('the file contains binary data', 'plain text', `NUL bytes, first at line ${at.line}`, 'this is not a text file; check you saved the right file', at)] };
  }
  // A byte-order mark is invisible and harmless; drop it so the front matter starts at byte 0.
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const controls = controlProblems(clean, problem);
  if (controls.length) return { text: null, problems: controls };
  return { text: { file, text: clean }, problems: [] };
}

function controlProblems(text: string, problem: (m: string, e: string, f: string, h: string, at: { line: number; column: number }) => Problem): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(CONTROL)) {
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    if (seen.has(line)) continue;
    seen.add(line);
    const code = m[0].charCodeAt(0);
    const name = code === 0x0d ? 'U+000D (a carriage return not followed by a line feed)' : code === 0x1b ? 'U+001B (ESC, the start of a terminal escape sequence)' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(problem(
      'the file contains an invisible control character',
      'printable text, with tabs and line breaks only',
      name,
      code === 0x0d ? 'save the file with Unix (LF) or Windows (CRLF) line ends, not old Mac (CR) ones' : 'delete the character (it is invisible in most editors: retype the text around it)',
      { line, column: m.index - before.lastIndexOf('\n') },
    ));
  }
  return out;
}

/** Line and column of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && len > 1) ok = decodes(bytes.subarray(i, i + len));
    if (!ok) return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1 };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  return { line, column: 1 };
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
