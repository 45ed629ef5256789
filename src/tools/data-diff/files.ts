import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The articles a change edits: ids whose file under `articles/` differs between the two content
 * folders, byte for byte, or exists on one side only. Read from the files, not from git, so
 * uncommitted and untracked articles count too.
 */
export async function editedArticles(beforeContent: string, afterContent: string): Promise<Set<string>> {
  const read = async (dir: string) => {
    const files = await readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
    const md = files.filter((f) => f.endsWith('.md'));
    return new Map(await Promise.all(md.map(async (f) => [f.slice(0, -3), await readFile(path.join(dir, 'articles', f))] as const)));
  };
  const [a, b] = await Promise.all([read(beforeContent), read(afterContent)]);
  const out = new Set<string>();
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id);
    const y = b.get(id);
    if (!x || !y || !x.equals(y)) out.add(id);
  }
  return out;
}
