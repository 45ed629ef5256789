import { SiteData } from '../../src/model/records.ts';
import type { EventRecord, QuarterlyRecord } from '../../src/model/records.ts';

/** A minimal site: one account, one actor with no figures, the given quarterly rows and events. */
export function tinySite(quarterly: QuarterlyRecord[], events: EventRecord[] = []): SiteData {
  return SiteData.parse({
    $comment: '', updated: '2024-01-01', sources: [{ id: 's', title: 'Note', publisher: 'UN', author_org: null, url: null,
      published: { start: '2022-01-01', end: '2022-01-01', precision: 'day' }, published_as_written: '2022-01-01', published_approximate: false,
      published_note: null, kind: 'un', language: 'en', accessed: null, report_id: 's' }],
    reports: [{ id: 's', by: 'UN', title: null, kind: 'un', account_ids: ['s'] }], report_denials: [],
    actors: [{ id: 'fama', name: 'FAMa', aliases: [], category: 'state-forces', description: '' }],
    places: [], incidents: [], figures: [], figure_claims: [], quarterly, events,
    articles: [],
  });
}

export const event = (id: string, day: string, title = 'An event'): EventRecord => ({
  id, date: { start: day, end: day, precision: 'day' }, title, description: null, source_id: 's',
});
