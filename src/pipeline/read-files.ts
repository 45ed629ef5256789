import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** Larger than any real summary: a file this big is a mistake (a pasted report, a binary). */
export const MAX_FILE_BYTES = 256 * 1024;

export type TextFile = { file: string; text: string };

/** Lists `<dir>/*.md` in a stable order; a missing folder is simply empty. */
export async function listMarkdown(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names.filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort().map((n) => path.join(dir, n));
}

/**
 * Reads a content file as UTF-8, rejecting what an editor cannot have meant: an empty file, a
 * file that is not UTF-8 text, a huge one. `file` in problems is relative to `root`.
 */
export async function readTextFile(absolute: string, root: string): Promise<{ text: TextFile | null; problems: Problem[] }> {
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const bytes = await readFile(absolute);
  const problem = (message: string, expected: string, found: string, hint: string): Problem => ({
    severity: 'error', file, line: null, column: null, field: '(file)', message, expected, found, hint,
  });
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
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      text: null,
      problems: [problem('the file is not UTF-8 text', 'a file saved as UTF-8', 'bytes that are not UTF-8 (perhaps Windows-1252 or Latin-1)', 'in your editor choose "Save with encoding: UTF-8", then check accented letters such as é')],
    };
  }
  if (text.includes('\u0000')) {
    return { text: null, problems: [problem('the file contains binary data', 'plain text', 'NUL bytes', 'this is not a text file; check you saved the right file')] };
  }
  // A byte-order mark is invisible and harmless; drop it so the front matter starts at byte 0.
  return { text: { file, text: text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n') }, problems: [] };
}
