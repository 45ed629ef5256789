import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway project folder for publishing sets: links at src/generated and public/data, store at .data. */
export function tempProject(prefix = 'publish-'): { root: string; dirs: { publicData: string; generated: string; store: string } } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { root, dirs: { publicData: path.join(root, 'public/data'), generated: path.join(root, 'src/generated'), store: path.join(root, '.data') } };
}

/** Every file readable through the links, by its path in a set (`data/…`, `generated/…`), as text. */
export function readPublished(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [prefix, dir] of [['data', 'public/data'], ['generated', 'src/generated']] as const) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) out.set(`${prefix}/${name}`, readFileSync(path.join(abs, name), 'utf8'));
  }
  return out;
}

/**
 * Which of the given versions the published files are, exactly and completely; or a description
 * of the mixture. A set is whole only if every file of it, and nothing else, can be read.
 */
export function whichVersion(root: string, versions: Record<string, ReadonlyMap<string, string>>): string {
  const seen = readPublished(root);
  for (const [name, files] of Object.entries(versions)) {
    if (seen.size === files.size && [...files].every(([f, text]) => seen.get(f) === text)) return name;
  }
  const from = [...seen].map(([f, text]) => `${f}=${Object.entries(versions).find(([, v]) => v.get(f) === text)?.[0] ?? '?'}`);
  return `mixed (${from.join(', ') || 'nothing readable'})`;
}

/** Entries under `dir` (not following links) whose names mark temporary output. */
export function strayTemporaries(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (/\.tmp-|\.old-|\.link-|^\.current-/.test(name)) out.push(path.relative(root, p));
      if (lstatSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}
