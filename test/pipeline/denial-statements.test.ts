import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { publicDataFiles } from '../../src/datasets/serialise.ts';
import { casualtyRowsOf } from '../../src/charts/casualties/model.ts';
import { casualtyTakeaway } from '../../src/charts/casualties/takeaway.ts';
import { denialVoices, denierNames, voiceLabel } from '../../src/model/denial-voices.ts';
import { ROOT } from '../helpers/dist.ts';
import { article, tempContent } from '../helpers/temp-content.ts';

/**
 * One statement relayed by two outlets is one denial (src/schema/denial.ts `statement_id`):
 * named once, with each outlet's name kept, wherever denials are listed or counted; and denials
 * sharing an id that cannot be one statement are refused, with messages pinned here.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const note = article('note', `figures:
  - id: note-q2-state
    period: { quarter: 2022-Q2 }
    perpetrator: state-forces
    measure: killed
    count: { qualifier: exact, best: 96 }
  - id: note-q2-all
    period: { quarter: 2022-Q2 }
    perpetrator: all
    measure: killed
    count: { qualifier: exact, best: 317 }`);
const denial = (by: string, extra = '', report = 'note') => `denials:
  - by: ${by}
    report: ${report}
    against: [state-forces]
    statement: Rejects every allegation of the note against state forces.${extra ? `\n${extra}` : ''}`;

async function build(articles: Record<string, string>) {
  const dir = tempContent({ 'note.md': note, ...articles });
  dirs.push(dir);
  return buildSiteData(ROOT, dir);
}
const errors = (built: Awaited<ReturnType<typeof build>>) => built.problems.filter((p) => p.severity === 'error').map((p) => [p.file.split('/').pop(), p.line, p.field, p.message, p.expected, p.found]);

describe('a statement relayed by two outlets', () => {
  it('is one voice, named as the sources name it, in the records, the tables and the chart', async () => {
    const built = await build({
      'relay-a.md': article('relay-a', denial("Mali's Ministry of Foreign Affairs", '    statement_id: ministry-statement', )),
      'relay-b.md': article('relay-b', denial("Mali's foreign ministry", '    statement_id: ministry-statement')),
    });
    expect(errors(built)).toEqual([]);
    const data = built.data!;
    const label = "Mali's Ministry of Foreign Affairs (also reported as “Mali's foreign ministry”)";
    const files = publicDataFiles(data);
    const figures = JSON.parse(files.get('figures.json')!) as { figure_id: string; denied_by: string[] }[];
    expect(figures.find((f) => f.figure_id === 'note-q2-state')!.denied_by).toEqual([label]);
    expect(files.get('quarterly.csv')).toContain(label.replace(/"/g, '""'));
    const quarterly = JSON.parse(files.get('quarterly.json')!) as { perpetrator_category: string; denied_by: string[] }[];
    expect(quarterly.find((q) => q.perpetrator_category === 'state-forces')!.denied_by).toEqual([label]);
    // denials.csv keeps both accounts, each with its own name, tied by the statement's id.
    const denials = JSON.parse(files.get('denials.json')!) as { by: string; statement_id: string }[];
    expect(denials.map((d) => [d.by, d.statement_id])).toEqual([["Mali's Ministry of Foreign Affairs", 'ministry-statement'], ["Mali's foreign ministry", 'ministry-statement']]);
    const rows = casualtyRowsOf(data, 'killed', null);
    const text = casualtyTakeaway(rows, 'killed', null);
    expect(text).toContain(`${label} denies the numbers for state forces in Q2 2022.`);
    expect(text.match(/denies/g)).toHaveLength(1);
  });

  it('without the id, stays two denials, as before', async () => {
    const built = await build({
      'relay-a.md': article('relay-a', denial("Mali's Ministry of Foreign Affairs")),
      'relay-b.md': article('relay-b', denial("Mali's foreign ministry")),
    });
    expect(errors(built)).toEqual([]);
    const text = casualtyTakeaway(casualtyRowsOf(built.data!, 'killed', null), 'killed', null);
    expect(text).toContain("Mali's Ministry of Foreign Affairs denies the numbers for state forces in Q2 2022. Mali's foreign ministry denies the numbers for state forces in Q2 2022.");
  });
});

describe('a statement_id that cannot be right is refused', () => {
  it('of the wrong type or shape, by the schema, with a hint for a misspelt field', async () => {
    const built = await build({
      'relay-a.md': article('relay-a', denial('The ministry', '    statement_id: 2022')),
      'relay-b.md': article('relay-b', denial('The ministry', '    statement_id: Ministry Statement')),
      'relay-c.md': article('relay-c', denial('The ministry', '    statement_id: { id: ministry-statement }')),
      'relay-d.md': article('relay-d', denial('The ministry', '    statementId: ministry-statement')),
    });
    const problems = built.problems.filter((p) => p.severity === 'error').map((p) => [p.file.split('/').pop(), p.field, p.message, p.hint]);
    expect(problems).toEqual([
      ['relay-a.md', 'denials[0].statement_id', 'expected an id in lower-case-kebab-case', 'put it in double quotes: "2022"'],
      ['relay-b.md', 'denials[0].statement_id', 'expected an id in lower-case-kebab-case (letters a-z, digits, single hyphens)', 'write it as "ministry-statement"'],
      ['relay-c.md', 'denials[0].statement_id', 'expected an id in lower-case-kebab-case', null],
      ['relay-d.md', 'denials[0].statementId', 'unknown field "statementId"', 'did you mean "statement_id" or "statement"?'],
    ]);
  });

  it('when the denials sharing it deny different reports, name different actors or cannot share a day', async () => {
    const other = article('other-note', `figures:
  - id: other-q3-state
    period: { quarter: 2022-Q3 }
    perpetrator: state-forces
    measure: killed
    count: { qualifier: exact, best: 12 }`);
    const built = await build({
      'other-note.md': other,
      'relay-a.md': article('relay-a', denial('The ministry', '    statement_id: ministry-statement\n    by_actor: fama\n    date: 2022-09-02')),
      'relay-b.md': article('relay-b', denial('The foreign ministry', '    statement_id: ministry-statement\n    by_actor: jnim\n    date: 2022-08', 'other-note')),
      'relay-c.md': article('relay-c', denial('The ministry', '    statement_id: ministry-statement\n    date: 2022-09')),
    });
    expect(errors(built)).toEqual([
      ['relay-b.md', 14, 'denials[0].report', 'statement "ministry-statement" denies report "note" in the denial in relay-a (denials[0]), but report "other-note" here', '"note": one statement answers one report', '"other-note"'],
      ['relay-b.md', 18, 'denials[0].by_actor', 'statement "ministry-statement" is made by actor "fama" in the denial in relay-a (denials[0]), but by "jnim" here', '"fama", or no by_actor', '"jnim"'],
      ['relay-b.md', 19, 'denials[0].date', 'statement "ministry-statement" is dated 2022-09-02 in the denial in relay-a (denials[0]), which cannot be the same day as 2022-08-01…2022-08-31 here', 'a date within 2022-09-02, or no date', '2022-08-01…2022-08-31'],
    ]);
    // Every problem at once, each with the way out.
    expect(built.problems.find((p) => p.field === 'denials[0].report' && p.file.endsWith('relay-b.md'))!.hint).toBe('if both articles relay the same statement, correct the field in the one that misreads it; if they are different statements, give each its own statement_id');
  });
});

describe('naming a voice', () => {
  const d = (by: string, source_id: string, statement_id: string | null) => ({ by, by_actor: null, date: null, source_id, scope: 'report' as const, report_id: 'r', against: ['state-forces'], statement: 'S.', statement_id });
  it('takes the name most of its accounts use, keeps every other, and counts a copy once', () => {
    const voices = denialVoices([d('The ministry', 'a', 's'), d('Foreign ministry', 'b', 's'), d('Foreign ministry', 'c', 's'), { ...d('Foreign ministry', 'c', 's') }]);
    expect(voices.map((v) => [voiceLabel(v), v.denials.length])).toEqual([['Foreign ministry (also reported as “The ministry”)', 3]]);
  });
  it('breaks a tie by code-unit order, and keeps denials without an id apart unless named alike', () => {
    expect(denierNames([d('b ministry', 'a', 's'), d('A ministry', 'b', 's')])).toEqual(['A ministry (also reported as “b ministry”)']);
    expect(denierNames([d('The army', 'a', null), d('The army', 'b', null), d('The ministry', 'c', null)])).toEqual(['The army', 'The ministry']);
  });
});
