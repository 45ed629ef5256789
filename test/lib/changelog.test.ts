import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/lib/changelog-parse.ts';
import { readHistory } from '../../src/lib/changelog.ts';

const RS = '\x1e';
const US = '\x1f';
const LOG = [
  `${RS}bbbb${US}2024-12-05`,
  '',
  'A\tcontent/articles/hrw-mali-2024.md',
  'M\tcontent/articles/minusma-note-2022-q1.md',
  'M\tcontent/places/moura.md',
  'M\tcontent/README.md',
  `${RS}aaaa${US}2024-11-30`,
  '',
  'D\tcontent/articles/old-story.md',
  'R087\tcontent/actors/wagner.md\tcontent/actors/wagner-group.md',
  `${RS}cccc${US}2024-11-01`,
  '',
  'M\tcontent/notes.txt',
].join('\n');

describe('changelog: parsing the content’s git history', () => {
  it('reads each revision’s records added, edited and removed, with its date, newest first', () => {
    expect(parseLog(LOG)).toEqual([
      {
        hash: 'bbbb',
        date: '2024-12-05',
        changes: [
          { folder: 'articles', id: 'hrw-mali-2024', kind: 'added', path: 'content/articles/hrw-mali-2024.md' },
          { folder: 'articles', id: 'minusma-note-2022-q1', kind: 'edited', path: 'content/articles/minusma-note-2022-q1.md' },
          { folder: 'places', id: 'moura', kind: 'edited', path: 'content/places/moura.md' },
        ],
      },
      {
        hash: 'aaaa',
        date: '2024-11-30',
        changes: [
          { folder: 'actors', id: 'wagner-group', kind: 'added', path: 'content/actors/wagner-group.md' },
          { folder: 'actors', id: 'wagner', kind: 'removed', path: 'content/actors/wagner.md' },
          { folder: 'articles', id: 'old-story', kind: 'removed', path: 'content/articles/old-story.md' },
        ],
      },
    ]);
  });
  it('gives nothing for an empty history', () => expect(parseLog('')).toEqual([]));
});

describe('changelog: reading git', () => {
  it('says the history is missing, instead of failing, in a copy that is not a git repository', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    try {
      expect(readHistory(dir)).toEqual({ available: false, reason: 'this copy of the site’s source has no git history' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a repository’s content history, and titles of removed articles from the revision before', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'git-'));
    const run = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { env: { ...process.env, GIT_COMMITTER_DATE: '2024-12-01T10:00:00Z', GIT_AUTHOR_DATE: '2024-12-01T10:00:00Z' } });
    try {
      run('init', '-q');
      mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
      writeFileSync(path.join(dir, 'content/articles/a-story.md'), '---\ntitle: "A story: told"\n---\nText\n');
      run('add', '.');
      run('commit', '-q', '-m', 'add');
      run('rm', '-q', 'content/articles/a-story.md');
      run('commit', '-q', '-m', 'remove');
      const h = readHistory(dir);
      expect(h.available).toBe(true);
      if (!h.available) return;
      expect(h.partial).toBe(false);
      expect(h.revisions.map((r) => [r.date, r.changes.map((c) => `${c.kind} ${c.id}`)])).toEqual([
        ['2024-12-01', ['removed a-story']],
        ['2024-12-01', ['added a-story']],
      ]);
      expect(h.titleAt(`${h.revisions[0]!.hash}^`, 'content/articles/a-story.md')).toBe('A story: told');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
