import { compare } from '../../lib/compare.ts';
import type { SiteData } from '../../model/records.ts';
import { code, plural, text } from './markdown.ts';
import { sentenceHunks, sentences, type Hunk } from './sentences.ts';

/**
 * Text that changes in articles a pull request does not edit: a placeholder there now prints a
 * different number or envelope because another article added or changed a claim. Articles the
 * change edits (or adds, or removes) are left out: their files are in the pull request already.
 */
export type ArticleTextChange = { id: string; title: string; hunks: Hunk[] };

/** `edited`: ids of the articles whose files differ between the two sides (see files.ts). */
export function diffArticleText(before: SiteData, after: SiteData, edited: ReadonlySet<string>): ArticleTextChange[] {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const out: ArticleTextChange[] = [];
  for (const a of after.articles) {
    const b = old.get(a.id);
    if (!b || edited.has(a.id) || b.html === a.html) continue;
    const hunks = sentenceHunks(sentences(b.html), sentences(a.html));
    if (hunks.length) out.push({ id: a.id, title: a.title, hunks });
  }
  return out.sort((x, y) => compare(x.id, y.id));
}

export function articleTextMarkdown(changes: readonly ArticleTextChange[]): string[] {
  if (!changes.length) return [];
  const lines = [`### Text that changes in articles this change does not edit: ${plural(changes.length, 'article')}`, ''];
  for (const c of changes) {
    lines.push(`#### ${code(c.id)}: ${text(c.title)}`, '');
    for (const h of c.hunks) {
      for (const s of h.before) lines.push(`- before: ${text(s)}`);
      for (const s of h.after) lines.push(`- after: ${text(s)}`);
    }
    lines.push('');
  }
  return lines;
}
