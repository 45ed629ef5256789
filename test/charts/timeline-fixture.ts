import type { EventRecord, FigureRecord, IncidentRecord, SiteData } from '../../src/model/records.ts';
import { SERIES_CATEGORY_IDS } from '../../src/schema/category.ts';
import type { Count } from '../../src/schema/count.ts';
import { formatCount } from '../../src/format/count.ts';

/**
 * A synthetic archive for the timeline tests: `n` incidents spread over `years` years from 2014,
 * in every perpetrator lane, with tolls (some none, some echoes of another incident's victims),
 * period figures of several measures, denials, and context events with long titles, some on the
 * same day. Seeded (mulberry32), so every run draws the same data.
 */
export function syntheticArchive(n = 300, years = 10, seed = 14): SiteData {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pad = (v: number) => String(v).padStart(2, '0');
  const cats = SERIES_CATEGORY_IDS.filter((c) => c !== 'all');
  const count = (low: number): Count => (r() < 0.5 ? { qualifier: 'exact', low, best: low, high: low } : { qualifier: 'at-least', low, best: null, high: null });
  const incidents: IncidentRecord[] = Array.from({ length: n }, (_, i) => {
    const d = `${2014 + int(0, years - 1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const c = count(int(1, 200));
    const toll = r() < 0.85;
    return {
      id: `inc-${String(i).padStart(4, '0')}`, title: `Synthetic attack number ${i} on a village`, date: { start: d, end: d, precision: 'day' }, date_note: null, place_id: 'p',
      perpetrator_ids: [], perpetrator_categories: [cats[int(0, cats.length - 1)]!], description: '',
      counts: toll ? { killed: { ...c, method: 'single', text: formatCount(c), rule: null, accounts_disagree: false, report_ids: [`r${i}`], claims: [{ source_id: `s${i % 7}`, report_id: `r${i}`, figure_id: null, by: `Source ${i % 7}`, count: c, derived: false, used: true }] } } : {},
      people_counts: {}, attributions: [], denials: i % 9 === 0 ? [{ by: 'The government', source_id: 's0' }] : [], report_ids: [`r${i}`], status: 'reported',
      same_victims_as: i % 23 === 5 ? 'inc-0000' : null, claims: [], source_ids: [`s${i % 7}`],
    } as unknown as IncidentRecord;
  });
  const figure = (id: string, start: string, end: string, measure: FigureRecord['measure'], cat: FigureRecord['perpetrator_category'], low: number, source: string, derived = false): FigureRecord => ({
    id, period: { start, end, precision: 'day' }, quarter: null, perpetrator_id: null, perpetrator_category: cat, measure, count: { qualifier: 'at-least', low, best: null, high: null },
    share_percent: null, share_of: null, part_of: null, where: [], derived, derivation: null, derived_from: [], note: null, source_id: source, actor_ids: [], report_id: source,
    definition: null, lead: null, denials: [],
  } as unknown as FigureRecord);
  const figures = [
    figure('f-killed-year', '2016-01-01', '2016-12-31', 'killed', 'all', 1200, 's1'),
    figure('f-killed-year-relay', '2016-01-01', '2016-12-31', 'killed', 'all', 1200, 's2'),
    figure('f-killed-half', '2019-07-01', '2019-12-31', 'killed', 'state-forces', 80, 's3'),
    figure('f-killed-derived', '2019-07-01', '2019-12-31', 'killed', 'unattributed', 12, 's3', true),
    figure('f-homes', '2018-05-01', '2018-12-31', 'homes-destroyed', 'state-forces', 100, 's4'),
    figure('f-injured', '2017-01-01', '2017-12-31', 'injured', 'all', 466, 's1'),
  ];
  const ev = (id: string, start: string, end: string, title: string): EventRecord => ({ id, date: { start, end, precision: start === end ? 'day' : 'month' }, title, description: null, source_id: 's0' });
  const events = [
    ev('e-early', '2012-01-01', '2012-12-31', 'Armed groups take over the north of the country after a long campaign'),
    ev('e1', '2015-06-20', '2015-06-20', 'A peace agreement is signed in the capital by the government and a coalition of armed groups'),
    ev('e2', '2015-06-20', '2015-06-20', 'Same-day event with a deliberately long title to force wrapping onto several lines'),
    ev('e3', '2015-07-01', '2015-07-31', 'International mission renews its mandate'),
    ev('e4', '2020-08-18', '2020-08-18', 'Military coup'),
    ev('e5', '2021-05-24', '2021-05-24', 'Second military coup'),
    ev('e6', '2021-06-01', '2021-06-30', 'Foreign troops announce their withdrawal from the country'),
    ev('e7', `${2014 + years - 1}-12-31`, `${2014 + years - 1}-12-31`, 'The international mission ends its mandate and leaves'),
  ];
  const sources = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, title: `Report ${i}`, publisher: `Publisher ${i}`, author_org: i === 1 ? 'UN mission (human rights division)' : null }));
  return { updated: '2026-01-01', sources, reports: [], actors: [], places: [], incidents, figures, figure_claims: [], report_denials: [], quarterly: [], events, articles: [] } as unknown as SiteData;
}
