import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist.ts';
import { tempDir } from './temp-dir.ts';

/**
 * A throwaway content folder: the basic fixture's actors and places, plus the articles given as
 * { 'name.md': text }. Returns the folder, for buildSiteData(ROOT, dir); it is removed when the test
 * file ends.
 */
export function tempContent(articles: Record<string, string>): string {
  const dir = tempDir('content-');
  for (const sub of ['actors', 'places']) cpSync(path.join(ROOT, 'test/fixtures/basic', sub), path.join(dir, sub), { recursive: true });
  mkdirSync(path.join(dir, 'articles'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, 'articles', name), text);
  return dir;
}

/** A minimal valid article with the given extra front matter (YAML, already indented at column 0). */
export function article(id: string, extra: string, published = '2022-08'): string {
  return `---
id: ${id}
title: Test article ${id}
summary: A test.
added: 2026-11-01
source:
  title: Report ${id}
  publisher: Wire
  published: ${published}
  kind: un
  language: en
${extra}
---
Body.
`;
}
