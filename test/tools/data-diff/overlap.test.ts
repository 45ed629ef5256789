import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../../src/pipeline/build-site-data.ts';
import { registryCharts } from '../../../src/tools/data-diff/chart-marks.ts';
import { diffBuilds, diffMarkdown, isEmpty } from '../../../src/tools/data-diff/index.ts';
import { overlapPair, type Pair } from './overlap-pair.ts';

/**
 * The overlap fixture against a copy with a disagreeing account, a changed claim, three denials,
 * an acknowledged disagreement, a place and an actor (overlap-pair.ts): every section's Markdown,
 * line for line.
 */
let pair: Pair;
let md: string[];

beforeAll(async () => {
  pair = await overlapPair();
  md = diffMarkdown(diffBuilds(pair.before, pair.after, { charts: registryCharts, edited: pair.edited }), 'origin/main').split('\n');
});
afterAll(() => pair?.cleanup());

/** The lines of one section: from its heading to the line before the next `### `. */
function section(heading: string): string[] {
  const start = md.findIndex((l) => l.startsWith(`### ${heading}`));
  expect(start, `no section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = md.findIndex((l, i) => i > start && l.startsWith('### '));
  return md.slice(start, end === -1 ? undefined : end);
}

describe('data diff of the overlap fixture', () => {
  it('knows which articles the change edits from their files', () => {
    expect([...pair.edited].sort()).toEqual(['agency-c-q1', 'rights-group-moura', 'wire-f-q1']);
  });

  it('opens with the ref and lists the sections in order', () => {
    expect(md.slice(0, 2)).toEqual(['## Data changes against `origin/main`', '']);
    expect(md.filter((l) => l.startsWith('### '))).toEqual([
      '### Figures: 1 added, 0 removed, 1 changed',
      '### Figure claims (counter-claims and denials of figures): 1 added, 0 removed, 0 changed',
      '### Incidents (as the site shows them, from every claim): 0 added, 0 removed, 1 changed',
      '### Incident claims (as each source states them): 1 added, 0 removed, 2 changed',
      '### Reports and their accounts: 2 added, 0 removed, 1 changed',
      '### Denials of a whole report: 1 added, 0 removed, 0 changed',
      '### Places: 1 added, 0 removed, 0 changed',
      '### Actors: 1 added, 0 removed, 0 changed',
      '### Values the quarterly charts draw: 1 changed',
      '### Charts whose drawing changes: 5',
      '### Text that changes in articles this change does not edit: 1 article',
      '### Validator warnings: 2 new, 1 cleared',
    ]);
  });

  it('shows the new account’s figure, and a denial reaching another article’s figure', () => {
    expect(section('Figures')).toEqual([
      '### Figures: 1 added, 0 removed, 1 changed',
      '',
      '|  | id | values | source |',
      '|---|---|---|---|',
      '| added | `f-q1-killed` | killed, all, 2022-Q1: 560 | wire-f-q1 |',
      '| changed | `b-q1-killed` | denied by: none → The foreign ministry (wire-f-q1) | outlet-b-q1 |',
      '',
    ]);
    expect(section('Figure claims')).toEqual([
      '### Figure claims (counter-claims and denials of figures): 1 added, 0 removed, 0 changed',
      '',
      '|  | id | values | source |',
      '|---|---|---|---|',
      '| added | `wire-f-q1--claims--0` | denial by The foreign ministry about b-q1-killed: "Rejects outlet B\'s count." | wire-f-q1 |',
      '',
    ]);
  });

  it('shows the incident as the site shows it: envelope, status, denial', () => {
    expect(section('Incidents')).toEqual([
      '### Incidents (as the site shows them, from every claim): 0 added, 0 removed, 1 changed',
      '',
      '|  | id | values | sources |',
      '|---|---|---|---|',
      '| changed | `moura-2022-03` | civilians: killed about 300 to at least 500 (envelope) → killed about 350 to at least 500 (envelope); status: contested → denied; denied by: none → The army (wire-f-q1); sources: rights-group-moura, un-moura → rights-group-moura, un-moura, wire-f-q1 | rights-group-moura, un-moura, wire-f-q1 |',
      '',
    ]);
  });

  it('shows each claim as its source states it, with content escaped', () => {
    expect(section('Incident claims')).toEqual([
      '### Incident claims (as each source states them): 1 added, 0 removed, 2 changed',
      '',
      '|  | id | values | source |',
      '|---|---|---|---|',
      // The statement's `#`, `|`, backticks and <script> arrive as literal text.
      "| added | `moura-2022-03 › wire-f-q1--0` | denial by The army of un-killed: \"# Denies \\| the UN's \\`toll\\` &lt;script&gt;alert(1)&lt;/script&gt;\" | wire-f-q1 |",
      '| changed | `moura-2022-03 › rights-group-moura--0` | counts: killed about 300 → killed about 350 | rights-group-moura |',
      '| changed | `moura-2022-03 › un-killed` | denied by: none → The army (wire-f-q1) | un-moura |',
      '',
    ]);
  });

  it('shows the report gaining an account, and the deniers’ own voices', () => {
    expect(section('Reports and their accounts')).toEqual([
      '### Reports and their accounts: 2 added, 0 removed, 1 changed',
      '',
      '|  | id | values | accounts |',
      '|---|---|---|---|',
      '| added | `wire-f-q1--fama` | The army; accounts: wire-f-q1 | wire-f-q1 |',
      '| added | `wire-f-q1--the-foreign-ministry` | The foreign ministry; accounts: wire-f-q1 | wire-f-q1 |',
      '| changed | `un-note-2022-q1` | accounts: agency-c-q1, outlet-b-q1, wire-a-q1 → agency-c-q1, outlet-b-q1, wire-a-q1, wire-f-q1 | agency-c-q1, outlet-b-q1, wire-a-q1, wire-f-q1 |',
      '',
    ]);
  });

  it('shows a denial of a whole report, a new place and a new actor', () => {
    expect(section('Denials of a whole report')).toEqual([
      '### Denials of a whole report: 1 added, 0 removed, 0 changed',
      '',
      '|  | id | values | source |',
      '|---|---|---|---|',
      "| added | `wire-f-q1: un-moura / state-forces` | The army denies every allegation of un-moura against state-forces: Denies every allegation in the UN's Moura report against state forces. | wire-f-q1 |",
      '',
    ]);
    expect(section('Places')).toContain('| added | `bamako` | Bamako (locality; Bamako, Mali; no coordinates) | places/bamako.md |');
    expect(section('Actors')).toContain('| added | `isgs` | Islamic State Sahel (extremist-armed-groups; aliases: EIGS) | actors/isgs.md |');
  });

  it('shows the value the quarterly chart draws before and after, with how it is made', () => {
    expect(section('Values the quarterly charts draw')).toEqual([
      '### Values the quarterly charts draw: 1 changed',
      '',
      '| quarter | measure | perpetrator | before | after |',
      '|---|---|---|---|---|',
      '| 2022-Q1 | killed | all | 512–543 (envelope); accounts disagree; parts exceed the total | 512–560 (envelope); accounts disagree; parts exceed the total; denied |',
      '',
    ]);
  });

  it('lists only the charts whose marks change, each mark before and after', () => {
    expect(section('Charts whose drawing changes')).toEqual([
      '### Charts whose drawing changes: 5',
      '',
      '#### `actor-isgs`: Figures for Islamic State Sahel over time (added chart, 1 mark)',
      '',
      '| mark | before | after |',
      '|---|---|---|',
      '| b-q1-killed-extremists | — | 295, drawn 295 |',
      '',
      '#### `casualties-by-perpetrator`: Civilians killed by perpetrator, by quarter (1 mark changed)',
      '',
      '| mark | before | after |',
      '|---|---|---|',
      '| 2022-Q1 · all | total: 512–543, drawn 512 | total: 512–560, drawn 512 |',
      '',
      '#### `map`: Where civilians were killed, by cercle (1 mark changed)',
      '',
      '| mark | before | after |',
      '|---|---|---|',
      '| incident moura-2022-03 | about 300 to at least 500 | about 350 to at least 500 |',
      '',
      '#### `map-incidents`: Where incidents were recorded, by cercle (1 mark changed)',
      '',
      '| mark | before | after |',
      '|---|---|---|',
      '| incident moura-2022-03 | about 300 to at least 500 | about 350 to at least 500 |',
      '',
      '#### `timeline`: Incidents over time, by perpetrator (1 mark changed)',
      '',
      '| mark | before | after |',
      '|---|---|---|',
      '| incident moura-2022-03 | about 300 to at least 500, drawn 300 | about 350 to at least 500, drawn 350 |',
      '',
    ]);
  });

  it('shows the sentence that changes in an article the change does not edit', () => {
    expect(section('Text that changes')).toEqual([
      '### Text that changes in articles this change does not edit: 1 article',
      '',
      "#### `un-moura`: Fixture — the UN's report on Moura",
      '',
      '- before: The UN counts at least 500 killed; every source together gives about 300 to at least 500.',
      '- after: The UN counts at least 500 killed; every source together gives about 350 to at least 500.',
      '',
    ]);
  });

  it('shows the warnings the new account brings, on its own file, and the one an acknowledgement clears', () => {
    expect(section('Validator warnings')).toEqual([
      '### Validator warnings: 2 new, 1 cleared',
      '',
      '|  | where | field | warning |',
      '|---|---|---|---|',
      '| new | `content/articles/wire-f-q1.md:19:12` | `figures[0].count` | this figure cannot agree with b-q1-killed (outlet-b-q1) on 2022-Q1 (killed, all); expected a number consistent with 543; found 560 |',
      '| new | `content/articles/wire-f-q1.md:19:12` | `figures[0].count` | this figure cannot agree with c-q1-killed (agency-c-q1) on 2022-Q1 (killed, all); expected a number consistent with 512; found 560 |',
      '| cleared | `content/articles/agency-c-q1.md:19:12` | `figures[0].count` | this figure cannot agree with b-q1-killed (outlet-b-q1) on 2022-Q1 (killed, all); expected a number consistent with 543; found 512 |',
      '',
    ]);
  });

  it('the other way round, the same changes read as removed and cleared', () => {
    const back = diffBuilds(pair.after, pair.before, { charts: registryCharts, edited: pair.edited });
    expect(back.figures.removed.map((f) => f.id)).toEqual(['f-q1-killed']);
    expect(back.warnings.cleared.map((p) => p.file)).toEqual(['content/articles/wire-f-q1.md', 'content/articles/wire-f-q1.md']);
    expect(back.warnings.added.map((p) => p.file)).toEqual(['content/articles/agency-c-q1.md']);
    expect(back.charts.charts.map((c) => [c.id, c.status])).toEqual([['actor-isgs', 'removed'], ['casualties-by-perpetrator', 'changed'], ['map', 'changed'], ['map-incidents', 'changed'], ['timeline', 'changed']]);
  });
});

describe('a change that only moves the "last updated" date', () => {
  it('changes no chart and no data', async () => {
    const dated = path.join(pair.dir, 'dated');
    await cp(path.join(pair.dir, 'before'), dated, { recursive: true });
    const wire = path.join(dated, 'content/articles/wire-a-q1.md');
    await writeFile(wire, (await readFile(wire, 'utf8')).replace('added: 2026-11-01', 'added: 2026-11-01\nupdated: 2026-11-20'));
    const after = await buildSiteData(dated, path.join(dated, 'content'));
    expect(after.data!.updated).toBe('2026-11-20');
    expect(after.data!.updated).not.toBe(pair.before.data.updated);
    const d = diffBuilds(pair.before, { data: after.data!, problems: after.problems }, { charts: registryCharts, edited: new Set(['wire-a-q1']) });
    expect(d.charts).toEqual({ quarterly: [], charts: [] });
    expect(isEmpty(d)).toBe(true);
  });
});
