/**
 * The data's revisions, read from `git log --name-status` over content/ (src/lib/changelog.ts runs
 * git; this module only parses its text, so it is pure and tested on fixed text:
 * test/lib/changelog.test.ts). A revision is one commit that touched content: which articles,
 * places and actors it added, edited or removed, and its date.
 */
export const CHANGE_KINDS = ['added', 'edited', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CONTENT_FOLDERS = ['articles', 'places', 'actors'] as const;
export type ContentFolder = (typeof CONTENT_FOLDERS)[number];

export type Change = { folder: ContentFolder; id: string; kind: ChangeKind; path: string };
export type Revision = { hash: string; date: string; changes: Change[] };

/** Field and record separators of the format string LOG_FORMAT (never in a hash, date or path). */
export const LOG_FORMAT = '%x1e%H%x1f%cs';

/** content/articles/x.md → { folder: 'articles', id: 'x' }; anything else (READMEs, other folders) → null. */
function recordOf(path: string): { folder: ContentFolder; id: string } | null {
  const m = /^content\/(articles|places|actors)\/([a-z0-9-]+)\.md$/.exec(path);
  return m ? { folder: m[1] as ContentFolder, id: m[2]! } : null;
}

/**
 * Parses `git log --no-merges -M --format=LOG_FORMAT --name-status -- content/`: A, M, D, and R
 * (a rename is the old record removed and the new one added, as a reader sees it: the old
 * address no longer works). Revisions that touched no record are dropped. Newest first, as git gives them.
 */
export function parseLog(text: string): Revision[] {
  const out: Revision[] = [];
  for (const block of text.split('\x1e').slice(1)) {
    const [head = '', ...lines] = block.split('\n');
    const [hash = '', date = ''] = head.split('\x1f');
    const changes = new Map<string, Change>();
    const add = (path: string, kind: ChangeKind) => {
      const r = recordOf(path);
      if (r) changes.set(`${r.folder}/${r.id}`, { ...r, kind, path });
    };
    for (const line of lines) {
      const [status = '', a = '', b = ''] = line.split('\t');
      if (status === 'A') add(a, 'added');
      else if (status === 'M') add(a, 'edited');
      else if (status === 'D') add(a, 'removed');
      else if (status.startsWith('R')) {
        add(a, 'removed');
        add(b, 'added');
      }
    }
    if (changes.size) out.push({ hash, date, changes: [...changes.values()].sort((x, y) => x.folder.localeCompare(y.folder) || CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind) || x.id.localeCompare(y.id)) });
  }
  return out;
}
