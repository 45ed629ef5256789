import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { ClaimRecord, FigureRecord, SiteData } from '../../src/model/records.ts';
import { formatCount } from '../../src/format/count.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The real content against what each source text says, claim by claim, as written. These pin
 * only what one article states (its figures, its claims, its attributions), never what merging
 * several articles gives: a valid new article cannot change them, and an edit that changes one
 * must be checked against the source text (../shared/seeds/ holds the five seed texts). Merged
 * behaviour is tested on fixtures (test/pipeline/overlap.test.ts).
 */
let data: SiteData;
beforeAll(async () => {
  const built = await buildSiteData(ROOT, path.join(ROOT, 'content'));
  expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
  data = built.data!;
});

const figure = (id: string): FigureRecord => {
  const f = data.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
/** The claims one article makes about one incident. */
const claims = (incident: string, source: string): ClaimRecord[] => data.incidents.find((i) => i.id === incident)!.claims.filter((c) => c.source_id === source);
const said = (c: ClaimRecord) => Object.entries(c.counts).map(([h, n]) => `${h}: ${formatCount(n!)}`).join('; ');

/** Each article's stated figures: id → [quarter or period start, perpetrator, measure, number as written]. */
const FIGURES: Record<string, Record<string, [string, string, string, string]>> = {
  'minusma-note-2021-q2': {
    'minusma-2021-q1-victims': ['2021-Q1', 'all', 'victims', '421'],
    'minusma-2021-q2-victims': ['2021-Q2', 'all', 'victims', 'at least 527'],
  },
  'minusma-note-2022-q1': {
    'minusma-2022-q1-killed': ['2022-Q1', 'all', 'killed', 'more than 500'],
    'minusma-2022-q1-violations-fama': ['2022-Q1', 'fama', 'violations', '320'],
    'minusma-2021-q4-violations-fama': ['2021-Q4', 'fama', 'violations', '31'],
  },
  'minusma-hr-note-2022-q2-afp-lindependance': {
    'minusma-2022-q2-killed-fama-afp-lindependance': ['2022-Q2', 'fama', 'killed', '96'],
    'minusma-2022-q2-abducted-fama-afp-lindependance': ['2022-Q2', 'fama', 'abducted', '7'],
    'minusma-2022-q2-injured-fama-afp-lindependance': ['2022-Q2', 'fama', 'injured', '19'],
  },
  'apa-minusma-2023-q1': {
    'minusma-2023-q1-violations-apa': ['2023-Q1', 'all', 'violations', '224'],
    'minusma-2023-q1-killed-apa': ['2023-Q1', 'all', 'killed', 'at least 95'],
    'minusma-2023-q1-violations-extremist-armed-groups-apa': ['2023-Q1', 'extremist-armed-groups', 'violations', '170'],
  },
  'hrw-mali-2024': {
    'hrw-2024-killed-state-forces': ['2024-05-01', 'state-forces', 'killed', 'at least 32'],
    'hrw-2024-disappeared-state-forces': ['2024-05-01', 'state-forces', 'abducted', '4'],
    'hrw-2024-homes-burned-state-forces': ['2024-05-01', 'state-forces', 'homes-destroyed', 'at least 100'],
    'hrw-2024-executed-extremist-armed-groups': ['2024-06-01', 'extremist-armed-groups', 'killed', 'at least 47'],
  },
};

describe('figures as each source states them', () => {
  for (const [source, figures] of Object.entries(FIGURES)) {
    it.each(Object.entries(figures))(`${source}: %s`, (id, [period, who, measure, text]) => {
      const f = figure(id);
      expect(f.source_id).toBe(source);
      expect(f.derived).toBe(false);
      expect(f.quarter ?? f.period.start).toBe(period);
      expect(f.perpetrator_id ?? f.perpetrator_category).toBe(who);
      expect(f.measure).toBe(measure);
      expect(formatCount(f.count!)).toBe(text);
    });
  }
  it('MINUSMA 2021-Q2 gives shares, not counts: 54%, 20%, 9%, 6% of its victims', () => {
    const shares = ['extremist-armed-groups', 'community-militias', 'state-forces', 'international-forces'].map((c) => figure(`minusma-2021-q2-victims-${c}`));
    expect(shares.map((f) => [f.share_percent, f.share_of, f.derived])).toEqual([
      [54, 'minusma-2021-q2-victims', true], [20, 'minusma-2021-q2-victims', true], [9, 'minusma-2021-q2-victims', true], [6, 'minusma-2021-q2-victims', true],
    ]);
    expect(figure('minusma-2021-q2-violence-centre')).toMatchObject({ share_percent: 50, measure: 'incidents', count: null });
    expect(figure('minusma-2021-q2-violence-gao-ansongo')).toMatchObject({ share_percent: 15, measure: 'incidents', count: null });
  });
  it('Reuters relays a 324% rise: the quarter before is derived from it, flagged', () => {
    expect(figure('minusma-2022-q1-killed-previous-quarter')).toMatchObject({ derived: true, quarter: '2021-Q4' });
  });
  it('HRW names the Malian army with Wagner, and JNIM with ISGS', () => {
    expect(figure('hrw-2024-killed-state-forces').actor_ids).toEqual(['fama', 'wagner-group']);
    expect(figure('hrw-2024-executed-extremist-armed-groups').actor_ids).toEqual(['isgs', 'jnim']);
  });
});

describe('incident claims as each source states them', () => {
  it('the AFP-based story (Galweek): MINUSMA on Hombori, and nothing the readable page does not state', () => {
    const c = claims('hombori-2022-04-19', 'minusma-note-2022-q2-hombori');
    expect(c.map((x) => [x.kind, x.by, x.counts_of, said(x)])).toEqual([
      ['report', 'MINUSMA', 'civilians', 'killed: at least 50'],
      ['report', 'MINUSMA', 'people', 'detained: more than 500'],
    ]);
    expect(c[0]!.report_id).toBe('minusma-hr-note-2022-q2');
  });
  it('the army’s statement on Hombori: assailants and suspects, its own report, never civilians', () => {
    const c = claims('hombori-2022-04-19', 'trt-francais-fama-hombori-communique-2022');
    expect(c.map((x) => [x.kind, x.by, x.counts_of, said(x)])).toEqual([
      ['counter-claim', 'The Malian army', 'combatants', 'killed: 18'],
      ['counter-claim', 'The Malian army', 'people', 'detained: 611'],
    ]);
    expect(c[0]!.report_id).not.toBe('minusma-hr-note-2022-q2');
  });
  it('VOA relays the same note’s Hombori toll without "at least"', () => {
    const c = claims('hombori-2022-04-19', 'voa-mali-denies-un-note-2022');
    expect(c.map((x) => [x.kind, x.by, said(x), x.report_id])).toEqual([['report', 'MINUSMA', 'killed: 50', 'minusma-hr-note-2022-q2']]);
  });
  it('TRT World: 20 of 27 civilians held at the Hombori camp executed; the torture accusation and its denial', () => {
    expect(claims('hombori-camp-killings-2022-04', 'trtworld-minusma-2022-q2-hombori-camp').map((x) => [x.counts_of, said(x)])).toEqual([['civilians', 'killed: 20']]);
    expect(claims('hombori-detainee-torture-2022', 'trtworld-minusma-2022-q2-hombori-camp').map((x) => [x.kind, x.by])).toEqual([
      ['report', 'MINUSMA'], ['denial', "Mali's authorities"],
    ]);
  });
});

describe('attribution as each source makes it', () => {
  const who = (incident: string, source: string) =>
    claims(incident, source).flatMap((c) => c.attributions.map((a) => `${a.actor_id}:${a.stance}:${a.as_named}`));
  it('MINUSMA: Malian soldiers with foreign military personnel at Hombori, never Wagner', () => {
    expect(new Set(who('hombori-2022-04-19', 'minusma-note-2022-q2-hombori'))).toEqual(new Set(['fama:named:Malian soldiers', 'foreign-military-personnel:named:foreign military personnel']));
  });
  it('Reuters’ witnesses: the army with "white fighters" at Moura', () => {
    expect(who('moura-2022-03', 'minusma-note-2022-q1')).toEqual(expect.arrayContaining(['fama:alleged:the Malian army', 'foreign-military-personnel:alleged:white fighters']));
  });
  it('a count relayed from one party carries no attribution that another party made', () => {
    const byId = (incident: string, source: string) => Object.fromEntries(claims(incident, source).map((c) => [c.id, c.attributions.map((a) => `${a.actor_id}:${a.stance}`)]));
    // PressAfrik (RFI): only the governor describes the Akliz attackers; the MSA and local authorities give tolls.
    expect(byId('akliz-2018-04-26', 'rfi-pressafrik-akliz-wakasa-2018')).toEqual({ 'msa-12': [], 'local-authorities-6-9': [], 'governor-attackers-akliz': ['isgs:alleged'] });
    // Maliweb: the mayor gives the toll; the Katiba du Macina attribution is the paper's own.
    expect(byId('diallassagou-2022-06-18', 'maliweb-diallassagou-witnesses-2022')).toEqual({ 'ngonikoro-mayor-100': [], 'maliweb-katiba-macina': ['katiba-macina:named'] });
    // AFP: GSIM's claim of the attacks is in AFP's voice, not in the government's statement.
    expect(byId('tombouctou-boat-bamba-2023-09-07', 'afp-tombouctou-boat-bamba-2023')).toMatchObject({ 'government-49-civilians-afp': [], 'afp-gsim-claimed': ['jnim:named'] });
  });
  it('the MSA’s Akliz toll is its own report, not a voice of the governor’s', () => {
    const c = claims('akliz-2018-04-26', 'rfi-pressafrik-akliz-wakasa-2018').find((x) => x.id === 'msa-12')!;
    expect([c.report_id, said(c)]).toEqual(['msa-akliz-2018', 'killed: 12']);
  });
  it('no seed text names the Wagner Group for an incident', () => {
    const seeds = ['hrw-mali-2024', 'minusma-note-2021-q2', 'minusma-note-2022-q1', 'minusma-note-2022-q2-hombori', 'voa-mali-denies-un-note-2022'];
    for (const i of data.incidents) for (const a of i.attributions) if (seeds.includes(a.source_id)) expect(a.actor_id, i.id).not.toBe('wagner-group');
  });
});

describe('denials as each source reports them', () => {
  it('VOA: the foreign ministry denies every allegation of the 2022-Q2 note against state forces', () => {
    const d = data.report_denials.find((x) => x.source_id === 'voa-mali-denies-un-note-2022')!;
    expect(d).toMatchObject({ by: "Mali's foreign ministry", report_id: 'minusma-hr-note-2022-q2', against: ['state-forces'], scope: 'report' });
    // It reaches everything that note alleges against state forces in these articles.
    expect(figure('minusma-2022-q2-killed-fama-afp-lindependance').denials.map((x) => x.by)).toContain("Mali's foreign ministry");
    for (const id of ['hombori-2022-04-19', 'hombori-camp-killings-2022-04', 'hombori-detainee-torture-2022']) {
      expect(data.incidents.find((i) => i.id === id)!.denials.map((x) => x.by), id).toContain("Mali's foreign ministry");
    }
    expect(figure('minusma-2022-q2-victims-extremist-armed-groups-rfi-actu221').denials).toEqual([]);
  });
});
