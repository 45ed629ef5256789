import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord, IncidentRecord, SiteData } from '../../src/model/records.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { publicDataFiles } from '../../src/datasets/serialise.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * Builds the real content and pins every number the tracker issue lists, so that no later change
 * (to content or to the pipeline) can silently alter a published figure. The expected values live
 * in expected-figures.json; changing one there must be a deliberate, source-checked correction.
 */

type Expected = {
  quarterly: { quarter: string; category: string; measure: string; qualifier: string; low: number | null; best: number | null; high: number | null; basis: string }[];
  figures: {
    id: string; category: string; quarter: string | null; period?: [string, string]; measure: string;
    qualifier: string | null; low: number | null; best: number | null; high: number | null; derived: boolean;
    share_percent?: number; where?: string[];
  }[];
};
const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, 'expected-figures.json'), 'utf8')) as Expected;

const CONTENT = path.join(ROOT, 'content');
const SOURCES = ['hrw-mali-2024', 'minusma-note-2021-q2', 'minusma-note-2022-q1', 'minusma-note-2022-q2-hombori', 'voa-mali-denies-un-note-2022'];

let data: SiteData;
let errors: unknown[];
beforeAll(async () => {
  const built = await buildSiteData(ROOT, CONTENT);
  errors = built.problems.filter((p) => p.severity === 'error');
  data = built.data!;
});

const incident = (id: string): IncidentRecord => {
  const found = data.incidents.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
};
const claimsOf = (inc: IncidentRecord, kind: ClaimRecord['kind']) => inc.claims.filter((c) => c.kind === kind);

describe('the real content builds', () => {
  it('with zero errors', () => {
    expect(errors).toEqual([]);
    expect(data).toBeTruthy();
  });

  it('has one source per article, the five source texts', () => {
    expect(data.sources.map((s) => s.id)).toEqual(expect.arrayContaining(SOURCES));
    for (const id of SOURCES) expect(data.articles.find((a) => a.id === id)?.source_id).toBe(id);
  });
});

describe('quarterly series', () => {
  it.each(expected.quarterly.map((r) => [`${r.quarter} ${r.category} ${r.measure}`, r] as const))('%s', (_, r) => {
    const rows = data.quarterly.filter((q) => q.quarter === r.quarter && q.perpetrator_category === r.category && q.measure === r.measure);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toEqual({ qualifier: r.qualifier, low: r.low, best: r.best, high: r.high });
    expect(rows[0]!.basis).toBe(r.basis);
  });

  it('holds no row from these sources that the table does not list', () => {
    const ours = new Set(data.figures.filter((f) => SOURCES.includes(f.source_id)).map((f) => f.id));
    const listed = new Set(expected.quarterly.map((r) => `${r.quarter}|${r.category}|${r.measure}`));
    const unlisted = data.quarterly
      .filter((q) => q.figure_ids.every((id) => ours.has(id)))
      .map((q) => `${q.quarter}|${q.perpetrator_category}|${q.measure}`)
      .filter((key) => !listed.has(key));
    expect(unlisted).toEqual([]);
  });

  it('publishes the same numbers in quarterly.csv', () => {
    const csv = publicDataFiles(data).get('quarterly.csv')!;
    expect(csv).toContain('\n2021-Q2,unattributed,victims,,58,,about,derived,minusma-2021-q2-victims-unattributed\n');
    expect(csv).toContain('\n2021-Q2,all,victims,527,,,at-least,reported,minusma-2021-q2-victims\n');
    expect(csv).toContain('\n2022-Q2,unattributed,killed,21,21,21,exact,derived,minusma-2022-q2-killed-unattributed\n');
  });
});

describe('figures', () => {
  it.each(expected.figures.map((f) => [f.id, f] as const))('%s', (_, e) => {
    const f = data.figures.find((x) => x.id === e.id);
    expect(f, `figure ${e.id}`).toBeTruthy();
    expect(f!.perpetrator_category).toBe(e.category);
    expect(f!.quarter).toBe(e.quarter);
    expect(f!.measure).toBe(e.measure);
    expect(f!.count).toEqual(e.qualifier === null ? null : { qualifier: e.qualifier, low: e.low, best: e.best, high: e.high });
    expect(f!.derived).toBe(e.derived);
    if (e.derived) expect(f!.derivation).toBeTruthy();
    if (e.share_percent !== undefined) expect(f!.share_percent).toBe(e.share_percent);
    if (e.where) expect(f!.where).toEqual(e.where);
    if (e.period) expect([f!.period.start, f!.period.end]).toEqual(e.period);
  });

  it('keeps the geographic shares as shares of acts of violence, outside the quarterly series', () => {
    for (const id of ['minusma-2021-q2-violence-centre', 'minusma-2021-q2-violence-gao-ansongo']) {
      expect(data.quarterly.some((q) => q.figure_ids.includes(id))).toBe(false);
    }
  });

  it('counts violations, not people, for the state-forces comparison', () => {
    expect(data.figures.find((f) => f.id === 'minusma-2022-q1-violations-fama')!.measure).toBe('violations');
    expect(data.figures.find((f) => f.id === 'minusma-2021-q4-violations-fama')!.derived).toBe(false);
  });

  it('keeps the HRW periods as periods: no quarter, not in the quarterly series', () => {
    const hrw = data.figures.filter((f) => f.source_id === 'hrw-mali-2024');
    expect(hrw.map((f) => f.id).sort()).toEqual(expected.figures.filter((f) => f.id.startsWith('hrw-')).map((f) => f.id).sort());
    for (const f of hrw) {
      expect(f.quarter).toBeNull();
      expect(data.quarterly.some((q) => q.figure_ids.includes(f.id))).toBe(false);
    }
    expect(data.quarterly.some((q) => q.quarter.startsWith('2024'))).toBe(false);
  });

  it("records Mali's foreign ministry denying the note's figures", () => {
    const denial = data.figure_claims.find((c) => c.source_id === 'voa-mali-denies-un-note-2022' && c.kind === 'denial');
    expect(denial?.figure_ids).toEqual(['minusma-2022-q2-killed-state-forces']);
  });
});

describe('incidents', () => {
  it('merges Hombori, 19 April 2022, from two sources with all their claims', () => {
    const h = incident('hombori-2022-04-19');
    expect(h.source_ids).toEqual(['minusma-note-2022-q2-hombori', 'voa-mali-denies-un-note-2022']);
    expect(h.date).toEqual({ start: '2022-04-19', end: '2022-04-19', precision: 'day' });
    expect(h.place_id).toBe('hombori');
    expect(h.perpetrator_ids).toEqual(['fama', 'wagner-group']);
    expect(h.counts.killed).toEqual({ qualifier: 'at-least', low: 50, best: 50, high: null });
    expect(h.counts.detained).toEqual({ qualifier: 'more-than', low: 500, best: null, high: null });
    expect(new Set(claimsOf(h, 'report').map((c) => c.source_id))).toEqual(new Set(['minusma-note-2022-q2-hombori', 'voa-mali-denies-un-note-2022']));
    const counter = claimsOf(h, 'counter-claim');
    expect(counter.map((c) => [c.by_actor, c.date?.start, c.counts_of, c.counts])).toEqual([
      ['fama', '2022-04-22', 'combatants', { killed: { qualifier: 'exact', low: 18, best: 18, high: 18 } }],
      ['fama', '2022-04-22', 'people', { detained: { qualifier: 'exact', low: 611, best: 611, high: 611 } }],
    ]);
    const denial = claimsOf(h, 'denial');
    expect(denial).toHaveLength(1);
    expect(denial[0]!.source_id).toBe('voa-mali-denies-un-note-2022');
    expect(h.status).toBe('denied');
  });

  it('records the detainees killed at the Hombori camp and those who died under torture', () => {
    const camp = incident('hombori-camp-killings-2022-04-24');
    expect(camp.place_id).toBe('hombori-army-camp');
    expect(camp.date.start).toBe('2022-04-24');
    expect(camp.counts.killed).toEqual({ qualifier: 'exact', low: 20, best: 20, high: 20 });
    const torture = incident('hombori-detainee-torture-deaths-2022');
    expect(torture.counts.killed).toEqual({ qualifier: 'exact', low: 2, best: 2, high: 2 });
    expect(torture.date_note).toBeTruthy();
  });

  it('counts the bodies buried near Gossi once, under Hombori', () => {
    const g = incident('gossi-burial-2022-04-20');
    expect(g.same_victims_as).toBe('hombori-2022-04-19');
    expect(g.counts).toEqual({});
    expect(g.place_id).toBe('gossi');
  });

  it("records Moura with HRW's count, the army's counter-claim and the refused access", () => {
    const m = incident('moura-2022-03');
    expect(m.date).toEqual({ start: '2022-03-01', end: '2022-03-31', precision: 'month' });
    expect(m.date_note).toMatch(/late March/i);
    expect(m.place_id).toBe('moura');
    expect(m.counts.killed).toEqual({ qualifier: 'about', low: null, best: 300, high: null });
    const hrw = claimsOf(m, 'report').find((c) => c.by === 'Human Rights Watch');
    expect(hrw?.counts.killed).toEqual({ qualifier: 'about', low: null, best: 300, high: null });
    const counter = claimsOf(m, 'counter-claim');
    expect(counter).toHaveLength(1);
    expect(counter[0]).toMatchObject({ by_actor: 'fama', counts_of: 'combatants', counts: { killed: { qualifier: 'more-than', low: 200, best: null, high: null } } });
    expect(m.claims.filter((c) => /access/i.test(c.statement)).map((c) => c.source_id).sort()).toEqual(['minusma-note-2022-q1', 'voa-mali-denies-un-note-2022']);
    expect(m.source_ids).toEqual(['minusma-note-2022-q1', 'minusma-note-2022-q2-hombori', 'voa-mali-denies-un-note-2022']);
  });

  it("adds no incident's victims into any quarterly total", async () => {
    for (const q of data.quarterly) for (const id of q.figure_ids) expect(data.figures.some((f) => f.id === id)).toBe(true);
    // Build the same content without any incident: the quarterly series must not move.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'content-no-incidents-'));
    try {
      cpSync(CONTENT, dir, { recursive: true });
      for (const name of readdirSync(path.join(dir, 'articles'))) {
        const file = path.join(dir, 'articles', name);
        const [, fm] = readFileSync(file, 'utf8').split(/^---$/m);
        const doc = parseDocument(fm!);
        doc.delete('incidents');
        // The text refers to incident counts, which no longer exist: keep a plain body.
        writeFileSync(file, `---\n${doc.toString()}---\nBody.\n`);
      }
      const bare = await buildSiteData(ROOT, dir);
      expect(bare.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(bare.data!.incidents).toEqual([]);
      expect(bare.data!.quarterly).toEqual(data.quarterly);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('context events', () => {
  const EVENTS: [string, string, string][] = [
    ['north-taken-over-2012', '2012-01-01', 'minusma-note-2022-q1'],
    ['coup-2020', '2020-01-01', 'hrw-mali-2024'],
    ['coup-2021', '2021-01-01', 'hrw-mali-2024'],
    ['wagner-arrives-2022', '2022-01-01', 'minusma-note-2022-q1'],
    ['france-withdrawal-announced-2022-02', '2022-02-01', 'minusma-note-2022-q2-hombori'],
    ['france-withdrawal-completed-2022-08', '2022-08-01', 'voa-mali-denies-un-note-2022'],
    ['ivorian-soldiers-arrested-2022-07', '2022-07-01', 'voa-mali-denies-un-note-2022'],
    ['minusma-ends-2023-12-31', '2023-12-31', 'hrw-mali-2024'],
  ];
  it.each(EVENTS)('%s', (id, start, source) => {
    const e = data.events.filter((x) => x.id === id);
    expect(e).toHaveLength(1);
    expect(e[0]!.date.start).toBe(start);
    expect(e[0]!.source_id).toBe(source);
  });
});
