import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './dist.ts';

/**
 * A throwaway content folder: the basic fixture's actors and places, plus the articles given as
 * { 'name.md': text }. Returns the folder, for buildSiteData(ROOT, dir).
 */
export function tempContent(articles: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
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
