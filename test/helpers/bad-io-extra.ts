import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The cases of the I/O bad corpus that cannot be committed as they are: symbolic links, a named
 * pipe, an empty folder, and files whose bytes are not clean UTF-8 text. Written into a copy of
 * test/fixtures/bad-io/content. Returns their names (file paths relative to the content folder).
 */
export function writeGeneratedCases(content: string): string[] {
  const made: string[] = [];
  const file = (rel: string, bytes: Buffer | string) => {
    writeFileSync(path.join(content, rel), bytes);
    made.push(rel);
  };
  const valid = (id: string, title = `Case ${id}`, body = 'The report describes an attack.\n') =>
    `---\nid: ${id}\ntitle: ${title}\nsummary: One.\nadded: 2024-06-01\nsource:\n  title: R\n  publisher: Wire\n  published: 2024-05\n  kind: media\n  language: fr\n---\n${body}`;
  const link = (rel: string, target: string) => {
    symlinkSync(target, path.join(content, rel));
    made.push(rel);
  };
  link('articles/link-outside.md', '/etc/hostname');
  link('articles/link-inside.md', '../actors/jnim.md');
  link('articles/link-dir', '/tmp');
  link('actors/link-actor.md', 'jnim.md');
  mkdirSync(path.join(content, 'articles/empty-folder'));
  made.push('articles/empty-folder');
  if (spawnSync('mkfifo', [path.join(content, 'articles/named-pipe.md')]).status === 0) made.push('articles/named-pipe.md');
  // UTF-16 (as Windows Notepad once saved "Unicode"), with its byte-order mark.
  file('articles/bytes-utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid('bytes-utf16'), 'utf16le')]));
  // Windows-1252's curly apostrophe (0x92) in the title, line 3.
  file('articles/bytes-cp1252.md', Buffer.concat([Buffer.from(valid('bytes-cp1252', 'The army').split('The army')[0]!), Buffer.from('The army'), Buffer.from([0x92]), Buffer.from('s report' + valid('bytes-cp1252').split('Case bytes-cp1252')[1]!)]));
  // Latin-1 é in the article text.
  file('articles/bytes-latin1-body.md', Buffer.concat([Buffer.from(valid('bytes-latin1-body', 'Case', 'Tombouctou, r')), Buffer.from([0xe9]), Buffer.from('gion\n')]));
  // A file cut off in the middle of a two-byte character.
  file('articles/bytes-truncated.md', Buffer.concat([Buffer.from(valid('bytes-truncated', 'Case', 'Gao, Ménaka, Tombouctou, r')), Buffer.from([0xc3])]));
  // Raw control characters in the file itself.
  file('articles/raw-escape-title.md', valid('raw-escape-title', '\u001b[2J\u001b[HContent is valid'));
  file('articles/raw-lone-cr.md', valid('raw-lone-cr').replace('summary: One.', 'summary: One.\rtwo'));
  file('articles/raw-c1-body.md', valid('raw-c1-body', 'Case', 'Caf\u0083 text.\n'));
  file('articles/raw-bell-body.md', valid('raw-bell-body', 'Case', 'Ding\u0007.\n'));
  file('articles/raw-form-feed.md', valid('raw-form-feed', 'Case', 'Page one.\n\u000c\nPage two.\n'));
  file('articles/raw-vertical-tab.md', valid('raw-vertical-tab').replace('publisher: Wire', 'publisher: Wi\u000bre'));
  file('articles/raw-nul.md', valid('raw-nul', 'Case', 'Binary\u0000 data.\n'));
  file('articles/raw-cr-forged-annotation.md', valid('raw-cr-forged-annotation').replace('title: Case raw-cr-forged-annotation', 'title: Case\r::error file=content/articles/x.md::Content is valid'));
  file('actors/empty-actor.md', '');
  file('places/empty-place.md', '');
  return made;
}
