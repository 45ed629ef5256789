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

/**
 * Changes records that pages other than their own show, for the incremental-build test: renames
 * an actor (every incident, list and figure naming it shows the name), renames a town (its
 * incidents, lists and place page), and adds to the second article a denial of the third
 * article's report (every incident of that report it covers shows it). Returns what it changed.
 */
export function changeSharedRecords(content: string): { actor: string; place: string; deniedReport: string } {
  const edit = (file: string, change: (text: string) => string) => {
    const text = readFileSync(file, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`${file} did not change: the generator and the benchmark are out of step`);
    writeFileSync(file, changed);
  };
  edit(path.join(content, 'actors', 'isgs.md'), (t) => t.replace(/^name: (.*)$/m, 'name: $1 (renamed)'));
  // The town of the third article's first incident, so some page surely shows it.
  const third = readFileSync(path.join(content, 'articles', 'bench-000003.md'), 'utf8');
  const town = /^ {4}place: (\S+)$/m.exec(third)?.[1];
  const perpetrator = /^ {4}perpetrators: \[(\S+)\]$/m.exec(third)?.[1];
  if (!town || !perpetrator) throw new Error('bench-000003.md has no incident place or perpetrator: the generator and the benchmark are out of step');
  edit(path.join(content, 'places', `${town}.md`), (t) => t.replace(/^name: (.*)$/m, 'name: $1-Centre'));
  const denial = ['denials:', '  - by: The accused party', '    report: bench-000003', `    against: [${perpetrator}]`, '    statement: The accused party rejects the report as a whole.'].join('\n');
  edit(path.join(content, 'articles', 'bench-000002.md'), (t) => t.replace(/^incidents:$/m, `${denial}\nincidents:`));
  return { actor: 'isgs', place: town, deniedReport: 'bench-000003' };
}
