import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SiteData } from '../../../src/model/records.ts';
import { buildSiteData } from '../../../src/pipeline/build-site-data.ts';
import type { Problem } from '../../../src/pipeline/problem.ts';
import { editedArticles } from '../../../src/tools/data-diff/files.ts';

/**
 * A pair of builds for the data-diff tests: test/fixtures/overlap as it is ("before"), and a copy
 * ("after") where a fourth account of the UN's quarterly note disagrees with the others (560) and
 * carries the army's denial of the UN's Moura claim and of that whole report and a ministry's
 * denial of outlet B's count, the rights group's Moura toll goes from about 300 to
 * about 350, agency C acknowledges its disagreement with outlet B (clearing that warning), and a
 * place and an actor are added. Each side is built from its own temp folder laid out like the
 * repository (content/…), so files and warnings are named alike on both sides.
 */
export type Side = { data: SiteData; problems: Problem[] };
export type Pair = { before: Side; after: Side; edited: Set<string>; dir: string; cleanup: () => Promise<void> };

const root = path.resolve(import.meta.dirname, '../../..');
export const OVERLAP = path.join(root, 'test/fixtures/overlap');

export const WIRE_F = `---
id: wire-f-q1
title: "Fixture — wire F on the note | with a # and \`ticks\`"
summary: A fourth account that disagrees, and a denial.
added: 2026-11-08
source:
  report: un-note-2022-q1
  title: Wire F story
  publisher: Wire F
  author_org: UN mission
  published: 2022-05
  kind: un
  language: en
figures:
  - id: f-q1-killed
    period: { quarter: 2022-Q1 }
    perpetrator: all
    measure: killed
    count: { qualifier: exact, best: 560 }
incidents:
  - id: moura-2022-03
    title: Killings in Moura
    date: 2022-03
    place: moura
    perpetrators: [fama]
    description: The army denies the UN's toll.
    claims:
      - kind: denial
        by: The army
        by_actor: fama
        about_claims: [un-killed]
        attributes: []
        statement: "# Denies | the UN's \`toll\` <script>alert(1)</script>"
claims:
  - kind: denial
    by: The foreign ministry
    about_figures: [b-q1-killed]
    statement: Rejects outlet B's count.
denials:
  - by: The army
    by_actor: fama
    report: un-moura
    against: [state-forces]
    statement: Denies every allegation in the UN's Moura report against state forces.
---
Wire F gives {{figure:f-q1-killed}} killed.
`;

const PLACE = `---
id: bamako
name: Bamako
kind: locality
admin1: Bamako
country: Mali
coordinates_source: none
---
`;

const ACTOR = `---
id: isgs
name: Islamic State Sahel
aliases: [EIGS]
category: extremist-armed-groups
description: A fixture actor.
---
`;

export async function overlapPair(): Promise<Pair> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'data-diff-overlap-'));
  const [b, a] = [path.join(dir, 'before'), path.join(dir, 'after')];
  await cp(OVERLAP, path.join(b, 'content'), { recursive: true });
  await cp(OVERLAP, path.join(a, 'content'), { recursive: true });
  const content = path.join(a, 'content');
  await writeFile(path.join(content, 'articles/wire-f-q1.md'), WIRE_F);
  await writeFile(path.join(content, 'places/bamako.md'), PLACE);
  await writeFile(path.join(content, 'actors/isgs.md'), ACTOR);
  const agency = path.join(content, 'articles/agency-c-q1.md');
  await writeFile(agency, (await readFile(agency, 'utf8')).replace('count: { qualifier: exact, best: 512 }\n', 'count: { qualifier: exact, best: 512 }\n    acknowledged: [{ with: b-q1-killed, reason: Agency C quotes an earlier draft of the note. }]\n'));
  const rights = path.join(content, 'articles/rights-group-moura.md');
  await writeFile(rights, (await readFile(rights, 'utf8')).replace('{ qualifier: about, best: 300 }', '{ qualifier: about, best: 350 }'));
  const build = async (side: string): Promise<Side> => {
    const { data, problems } = await buildSiteData(side, path.join(side, 'content'));
    if (!data) throw new Error(`fixture side ${side} does not build: ${JSON.stringify(problems, null, 1)}`);
    return { data, problems };
  };
  return {
    before: await build(b),
    after: await build(a),
    edited: await editedArticles(path.join(b, 'content'), content),
    dir,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
