// The incremental rebuild the benchmark times: one article changes (an editor rewords its
// summary, the commonest fix), then `npm run build` runs again in the same project copy, with
// whatever it kept from the first build (the data step's cache, the PNG cache, Astro's own).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Rewords the summary of the first synthetic article; returns the file changed. */
export function changeOneArticle(content: string): string {
  const file = path.join(content, 'articles', 'bench-000001.md');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/^summary: (.*)$/m, (_, s: string) => `summary: ${s.replace(/\.$/, '')}, as corrected.`);
  if (changed === text) throw new Error(`${file} has no summary line to change: the generator and the benchmark are out of step`);
  writeFileSync(file, changed);
  return file;
}
