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
 * Changes records that pages other than their own show, for the incremental-build test, each on a
 * different article so one change cannot hide another (a page re-rendered for one reason shows
 * the others too): renames an actor (pages naming it), renames the town of the fifth article's
 * first incident (that incident's page shows the place's name, which its record does not hold),
 * retitles the fourth article (its incidents' pages name it beside each claim), and adds to the
 * second article a denial of the third article's report (every incident of that report it covers
 * shows it). Returns what it changed.
 */
export function changeSharedRecords(content: string): { actor: string; place: string; placeIncident: string; retitled: string; deniedReport: string } {
  const edit = (file: string, change: (text: string) => string) => {
    const text = readFileSync(file, 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`${file} did not change: the generator and the benchmark are out of step`);
    writeFileSync(file, changed);
  };
  const article = (n: number) => readFileSync(path.join(content, 'articles', `bench-${String(n).padStart(6, '0')}.md`), 'utf8');
  const actorsOf = (n: number) => [...article(n).matchAll(/^ {4}perpetrators: \[(\S+)\]$|^ {8}by_actor: (\S+)$/gm)].map((m) => m[1] ?? m[2]!);
  // An actor the third to fifth articles never name, so its new name re-renders none of their pages.
  const taken = new Set([3, 4, 5].flatMap(actorsOf));
  const actor = [6, 7, 8, 9, 10].flatMap(actorsOf).find((a) => !taken.has(a) && a !== 'fama');
  if (!actor) throw new Error('no actor named in articles 6 to 10 that articles 3 to 5 do not name: the generator and the benchmark are out of step');
  edit(path.join(content, 'actors', `${actor}.md`), (t) => t.replace(/^name: (.*)$/m, 'name: $1 (renamed)'));
  const fifth = /^ {2}- id: (\S+)\n(?: {4}.*\n)*? {4}place: (\S+)$/m.exec(article(5));
  const perpetrator = /^ {4}perpetrators: \[(\S+)\]$/m.exec(article(3))?.[1];
  if (!fifth || !perpetrator) throw new Error('bench-000005.md or bench-000003.md has no incident place or perpetrator: the generator and the benchmark are out of step');
  edit(path.join(content, 'places', `${fifth[2]}.md`), (t) => t.replace(/^name: (.*)$/m, 'name: $1-Centre'));
  edit(path.join(content, 'articles', 'bench-000004.md'), (t) => t.replace(/^title: (.*)$/m, 'title: $1, retitled'));
  const denial = ['denials:', '  - by: The accused party', '    report: bench-000003', `    against: [${perpetrator}]`, '    statement: The accused party rejects the report as a whole.'].join('\n');
  edit(path.join(content, 'articles', 'bench-000002.md'), (t) => t.replace(/^incidents:$/m, `${denial}\nincidents:`));
  return { actor, place: fifth[2]!, placeIncident: fifth[1]!, retitled: 'bench-000004', deniedReport: 'bench-000003' };
}
