import { SiteData, type FigureRecord, type QuarterlyRecord } from '../../src/model/records.ts';

/**
 * Hand-made site data for the home page's modules (lede, headlines, coverage): a UN mission's
 * quarterly series that ends, the event of its departure, and a rights group's later report.
 * Every number here is the fixture's own; the tests assert that the sentences carry them as stated.
 */
const span = (start: string, end: string, precision: 'day' | 'month' | 'quarter' | 'year' = 'month') => ({ start, end, precision });
const source = (id: string, publisher: string, report: string, published: string) => ({
  id, title: `Story ${id}`, publisher, author_org: null, url: null, accessed: null, published: span(published, published, 'day'),
  published_as_written: published, published_approximate: false, published_note: null, kind: 'media' as const, language: 'en', report_id: report,
});
const exact = (n: number) => ({ qualifier: 'exact' as const, low: n, best: n, high: n });
const atLeast = (n: number) => ({ qualifier: 'at-least' as const, low: n, best: null, high: null });

export function figure(over: Partial<FigureRecord> & Pick<FigureRecord, 'id' | 'source_id' | 'report_id'>): FigureRecord {
  return {
    period: span('2024-05-01', '2024-12-31'), quarter: null, perpetrator_id: null, perpetrator_category: 'state-forces', actor_ids: [],
    measure: 'killed', count: atLeast(32), definition: null, lead: null, denials: [], share_percent: null, share_of: null, part_of: null,
    where: [], derived: false, derivation: null, derived_from: [], note: null, ...over,
  };
}

export function quarterRow(quarter: string, n: number, over: Partial<QuarterlyRecord> = {}): QuarterlyRecord {
  return {
    quarter, perpetrator_category: 'all', measure: 'killed', basis: 'reported', figure_ids: [`un-${quarter}`], denials: [], definition: null, parts_exceed_total: false,
    count: { ...exact(n), method: 'single', text: String(n), rule: null, accounts_disagree: false, report_ids: [`un-note-${quarter}`],
      claims: [{ source_id: `wire-${quarter}`, report_id: `un-note-${quarter}`, figure_id: `un-${quarter}`, by: 'UN mission (via Wire)', count: exact(n), derived: false, used: true }] },
    ...over,
  };
}

export function homeData(over: Partial<SiteData> = {}): SiteData {
  return SiteData.parse({
    $comment: 'fixture', updated: '2025-01-10',
    sources: [source('wire-2022-Q3', 'Wire', 'un-note-2022-Q3', '2022-11-01'), source('wire-2022-Q4', 'Wire', 'un-note-2022-Q4', '2023-02-01'), source('rights-2024', 'Daily', 'rights-report-2024', '2024-12-10')],
    reports: [
      { id: 'un-note-2022-Q3', by: 'UN mission', title: null, kind: 'un', account_ids: ['wire-2022-Q3'] },
      { id: 'un-note-2022-Q4', by: 'UN mission', title: null, kind: 'un', account_ids: ['wire-2022-Q4'] },
      { id: 'rights-report-2024', by: 'Rights Watchers', title: null, kind: 'ngo', account_ids: ['rights-2024'] },
    ],
    actors: [], places: [], incidents: [], figure_claims: [], report_denials: [],
    figures: [
      figure({ id: 'un-2022-Q3', source_id: 'wire-2022-Q3', report_id: 'un-note-2022-Q3', quarter: '2022-Q3', period: span('2022-07-01', '2022-09-30', 'quarter'), perpetrator_category: 'all', count: exact(120) }),
      figure({ id: 'un-2022-Q4', source_id: 'wire-2022-Q4', report_id: 'un-note-2022-Q4', quarter: '2022-Q4', period: span('2022-10-01', '2022-12-31', 'quarter'), perpetrator_category: 'all', count: exact(174) }),
      figure({ id: 'rights-killed-state', source_id: 'rights-2024', report_id: 'rights-report-2024' }),
      figure({ id: 'rights-killed-armed', source_id: 'rights-2024', report_id: 'rights-report-2024', perpetrator_category: 'extremist-armed-groups', period: span('2024-06-01', '2024-12-31'), count: atLeast(47) }),
      figure({ id: 'rights-homes', source_id: 'rights-2024', report_id: 'rights-report-2024', measure: 'homes-destroyed', count: atLeast(100) }),
    ],
    quarterly: [quarterRow('2022-Q3', 120), quarterRow('2022-Q4', 174)],
    events: [{ id: 'mission-ends', date: span('2023-12-31', '2023-12-31', 'day'), title: 'The UN mission ends', description: null, source_id: 'rights-2024' }],
    articles: [{ id: 'rights-2024', title: 'Rights group documents killings', summary: 's', added: '2025-01-10', updated: null, source_id: 'rights-2024', html: '', figure_ids: [], incident_ids: [], event_ids: ['mission-ends'], file: 'content/articles/rights-2024.md' }],
    ...over,
  });
}

export const denial = { by: 'the government', by_actor: null, date: null, source_id: 'rights-2024', scope: 'figure' as const, report_id: null, against: [], statement: 'It denies the figure.', statement_id: null };
