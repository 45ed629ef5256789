import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/model/records.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { publicDataFiles } from '../../src/datasets/serialise.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * test/fixtures/overlap/ holds, in our own words, the situations that made the first model publish
 * numbers nobody stated: three accounts of one quarterly note (more than 500, 543, 512) with parts
 * from one of them; two reports on one massacre (about 300, at least 500) and an army's count of
 * fighters; two tolls for one village (132 and 195, one as a counter-claim); a total whose
 * definition differs; a ministry denying every allegation of the note against state forces.
 */
let data: SiteData;
let files: Map<string, string>;
beforeAll(async () => {
  const built = await buildSiteData(ROOT, path.join(ROOT, 'test/fixtures/overlap'));
  expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
  data = built.data!;
  files = publicDataFiles(data);
});
const quarter = (q: string, measure: string, cat: string) => data.quarterly.find((r) => r.quarter === q && r.measure === measure && r.perpetrator_category === cat)!;
const incident = (id: string) => data.incidents.find((i) => i.id === id)!;

describe('accounts of one report are one voice', () => {
  it('shows 512–543 for the quarter, names both accounts, and no best', () => {
    const total = quarter('2022-Q1', 'killed', 'all');
    expect(total.count).toMatchObject({ method: 'envelope', qualifier: 'between', low: 512, best: null, high: 543, text: '512–543', accounts_disagree: true });
    expect(total.count.report_ids).toEqual(['un-note-2022-q1']);
    expect(total.count.rule).toContain('UN mission (via Agency C): 512');
    expect(total.count.rule).toContain('UN mission (via Outlet B): 543');
  });
  it('lets 543 supersede "more than 500" (they agree) but lists the rounded account', () => {
    const claims = quarter('2022-Q1', 'killed', 'all').count.claims;
    expect(claims.map((c) => [c.source_id, c.used])).toEqual([['agency-c-q1', true], ['outlet-b-q1', true], ['wire-a-q1', false]]);
    expect(quarter('2022-Q1', 'killed', 'all').count.rule).toContain('Less precise accounts of the same report that agree with it: UN mission (via Wire A): more than 500');
  });
  it('flags a stack (248 + 295) that exceeds the total as drawn (512)', () => {
    expect(quarter('2022-Q1', 'killed', 'all').parts_exceed_total).toBe(true);
    expect(quarter('2022-Q1', 'killed', 'state-forces').parts_exceed_total).toBe(false);
  });
  it('lists one report with its three accounts', () => {
    expect(data.reports.find((r) => r.id === 'un-note-2022-q1')).toEqual({ id: 'un-note-2022-q1', by: 'UN mission', title: 'UN quarterly note, January to March 2022', kind: 'un', account_ids: ['agency-c-q1', 'outlet-b-q1', 'wire-a-q1'] });
  });
});

describe('several reports on one incident', () => {
  it('keeps each end with its own qualifier and never a midpoint', () => {
    const killed = incident('moura-2022-03').counts.killed!;
    expect(killed).toMatchObject({ method: 'envelope', low: 300, best: null, high: null, text: 'about 300 to at least 500' });
    expect(killed.report_ids).toEqual(['rights-group-moura', 'un-moura']);
  });
  it('never counts the army’s fighters as civilians', () => {
    const m = incident('moura-2022-03');
    expect(m.counts.killed!.claims.map((c) => c.count.best ?? c.count.low)).toEqual([300, 500]);
    expect(m.people_counts).toEqual({});
    expect(m.status).toBe('contested');
  });
  it('prints each article’s own claim by default, and the envelope only when asked', () => {
    const html = (id: string) => data.articles.find((a) => a.id === id)!.html;
    expect(html('rights-group-moura')).toContain('>about 300</data> civilians killed');
    expect(html('un-moura')).toContain('>at least 500</data> killed; every source together gives <data');
    expect(html('un-moura')).toContain('>about 300 to at least 500</data>');
  });
  it('keeps a counter-claim’s civilian toll: 132 and 195 become 132–195, never 164', () => {
    const d = incident('diallassagou-2022-06');
    expect(d.counts.killed).toMatchObject({ method: 'envelope', low: 132, high: 195, best: null, text: '132–195', accounts_disagree: false });
    expect(d.counts.killed!.report_ids).toHaveLength(2);
    expect(files.get('incidents.csv')).not.toMatch(/\b164\b/);
  });
});

describe('attribution as each source makes it', () => {
  it('records who attributes Moura to whom, in their own words', () => {
    const rows = incident('moura-2022-03').attributions.map((a) => [a.source_id, a.actor_id, a.as_named, a.stance]);
    expect(rows).toEqual([
      ['rights-group-moura', 'fama', 'Malian defence and security forces', 'named'],
      ['rights-group-moura', 'foreign-military-personnel', 'foreign military personnel', 'named'],
      ['un-moura', 'fama', 'Malian troops', 'alleged'],
      ['un-moura', 'foreign-military-personnel', 'armed foreign personnel', 'alleged'],
    ]);
  });
  it('never names an actor that no source names', () => {
    for (const i of data.incidents) {
      const named = new Set(i.attributions.filter((a) => a.stance !== 'denied').map((a) => a.actor_id));
      expect(i.perpetrator_ids.every((id) => named.has(id)), i.id).toBe(true);
      expect(i.perpetrator_ids).not.toContain('wagner-group');
    }
  });
});

describe('a denial travels with every record it covers', () => {
  it('covers the state-forces part of the denied report, and nothing else', () => {
    expect(quarter('2022-Q1', 'killed', 'state-forces').denials.map((d) => d.by)).toEqual(['The foreign ministry']);
    expect(quarter('2022-Q1', 'killed', 'extremist-armed-groups').denials).toEqual([]);
    expect(data.figures.find((f) => f.id === 'b-q1-killed-state')!.denials).toHaveLength(1);
    expect(data.figures.find((f) => f.id === 'b-q1-killed')!.denials).toHaveLength(0);
  });
  it('publishes the denial with what it covers', () => {
    expect(files.get('denials.csv')).toContain('ministry-denial--denial-1,The foreign ministry,,,ministry-denial,report,un-note-2022-q1,state-forces,b-q1-killed-state,');
  });
});

describe('who was harmed', () => {
  it('marks a total whose definition differs', () => {
    expect(quarter('2022-Q1', 'victims', 'all').definition).toBe("includes 55 people detained, unlike the note's usual definition of victims");
  });
});

describe('no number that no source stated', () => {
  it('every incident and quarterly number in the downloads is a stated value', () => {
    const stated = new Set<number>();
    for (const i of data.incidents) for (const c of i.claims) for (const n of Object.values(c.counts)) for (const v of [n!.low, n!.best, n!.high]) if (v !== null) stated.add(v);
    for (const f of data.figures) for (const v of [f.count?.low, f.count?.best, f.count?.high]) if (v != null) stated.add(v);
    for (const i of data.incidents) for (const e of Object.values(i.counts)) for (const v of [e!.low, e!.best, e!.high]) if (v !== null) expect(stated.has(v), `${i.id}: ${v}`).toBe(true);
    for (const q of data.quarterly) for (const v of [q.count.low, q.count.best, q.count.high]) if (v !== null) expect(stated.has(v), `${q.quarter} ${q.perpetrator_category}: ${v}`).toBe(true);
  });
});

describe('placeholders are a markdown-it rule', () => {
  it('are never replaced inside code, and unknown ones are errors with the file and line', async () => {
    const { tempContent, article } = await import('../helpers/temp-content.ts');
    const dir = tempContent({
      'a.md': article('a', 'figures:\n  - id: a-total\n    period: { quarter: 2022-Q2 }\n    perpetrator: all\n    measure: killed\n    count: { qualifier: exact, best: 317 }').replace('Body.', 'Total {{figure:a-total}}; in code `{{figure:a-total}}`.\n\n    {{figure:a-total}}\n\nAnd {{figure:a-totl}}.'),
    });
    const built = await buildSiteData(ROOT, dir);
    expect(built.problems.map((p) => [p.line, p.message, p.hint])).toEqual([[23, 'unknown figure "a-totl" in the text', 'did you mean "a-total"?']]);
  });
  it('render inline code untouched', async () => {
    const { tempContent, article } = await import('../helpers/temp-content.ts');
    const dir = tempContent({
      'a.md': article('a', 'figures:\n  - id: a-total\n    period: { quarter: 2022-Q2 }\n    perpetrator: all\n    measure: killed\n    count: { qualifier: exact, best: 317 }').replace('Body.', 'Total {{figure:a-total}}; in code `{{figure:a-total}}`.\n\n    {{figure:a-total}}\n'),
    });
    const html = (await buildSiteData(ROOT, dir)).data!.articles[0]!.html;
    expect(html).toContain('Total <data class="figure-ref" value="a-total"');
    expect(html).toContain('<code>{{figure:a-total}}</code>');
    expect(html).toContain('<pre><code>{{figure:a-total}}');
  });
});

describe('a share of a total the source does not give', () => {
  it('prints its stated percentage, never a made-up count', async () => {
    const { tempContent, article } = await import('../helpers/temp-content.ts');
    const dir = tempContent({
      'a.md': article('a', 'figures:\n  - id: a-centre\n    period: { quarter: 2021-Q2 }\n    perpetrator: all\n    measure: incidents\n    share: { percent: 50 }').replace('Body.', 'Half: {{figure:a-centre}} of acts.'),
    });
    const built = await buildSiteData(ROOT, dir);
    expect(built.problems).toEqual([]);
    expect(built.data!.articles[0]!.html).toContain('>50%</data> of acts.');
  });
});
