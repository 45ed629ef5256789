import type { SiteData } from '../../model/records.ts';
import { SERIES_LABELS } from '../../schema/category.ts';
import { MEASURE_LABELS } from '../../schema/measure.ts';
import { formatCount } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { sitePath } from '../common.ts';
import { chartSources, type ChartModel } from '../model.ts';
import { timelineCsvRecords, timelineRows, type TimelineRow } from './rows.ts';

export type TimelineSpec = { id: string; kind: 'timeline'; alternates: string[] };

export const TIMELINE_NOTES = [
  'Each dot is an incident, in the lane of its perpetrator category; its area shows the people killed (the best estimate, else the lower bound). The range is in the label and the table.',
  'Small hollow dot: no count of people killed, or victims already counted in another incident (never counted twice).',
  'A line under a dot: the incident’s date is known only as a range. Bars under a lane: a figure for a period other than one quarter.',
  'Dashed lines at the top: context events.',
];

export function timelineTakeaway(rows: readonly TimelineRow[]): string {
  const incidents = rows.filter((r) => r.kind === 'incident');
  if (incidents.length === 0) return 'No incidents recorded yet.';
  const sized = incidents.filter((r) => r.drawn !== null);
  const top = sized.reduce<TimelineRow | null>((a, b) => (a === null || b.drawn! > a.drawn! ? b : a), null);
  const first = incidents[0]!;
  const last = incidents.at(-1)!;
  const span = first.start.slice(0, 4) === last.end.slice(0, 4) ? first.start.slice(0, 4) : `${first.start.slice(0, 4)}–${last.end.slice(0, 4)}`;
  // The toll is the one the site shows (one claim, or every claim's range), always with whose it
  // is and any denial: a takeaway travels into embeds and downloads without the table beside it.
  const deadliest = top
    ? `; the highest toll recorded is ${top.title} (${formatSpan(top)}): ${formatCount(top.count!)} killed${top.credit ? `, according to ${top.credit}` : ''}${top.denied_by.length ? `, denied by ${top.denied_by.map((by) => by.replace(/^The /, 'the ')).join(' and ')}` : ''}`
    : '';
  return `${incidents.length} incident${incidents.length === 1 ? '' : 's'} recorded, ${span}${deadliest}.`;
}

export function timelineModel(data: SiteData, spec: TimelineSpec, base: string): ChartModel<TimelineSpec, TimelineRow[]> {
  const rows = timelineRows(data.incidents, data.figures, data.events);
  const takeaway = timelineTakeaway(rows);
  const title = 'Incidents over time, by perpetrator';
  const sourceIds = [
    ...data.incidents.flatMap((i) => i.source_ids),
    ...rows.filter((r) => r.kind !== 'incident').flatMap((r) => r.source_ids),
  ];
  return {
    spec,
    drawing: rows,
    title,
    takeaway,
    description: `Timeline of incidents by date, one lane per perpetrator category, dots sized by people killed, with periods as bars and context events as annotations. ${takeaway} Every incident is listed in the table below.`,
    notes: TIMELINE_NOTES,
    sources: chartSources(data, sourceIds, (id) => sitePath(base, `articles/${id}/`)),
    updated: data.updated,
    table: {
      caption: `${title}: every mark drawn`,
      columns: ['Date', 'What', 'Perpetrator', 'Number', 'Drawn as'],
      rows: rows.map((r) => [
        formatSpan(r),
        r.kind === 'event' ? `Event: ${r.title}` : r.title,
        r.category ? SERIES_LABELS[r.category] : '',
        r.count ? `${formatCount(r.count)}${r.measure && r.kind === 'period' ? ` (${MEASURE_LABELS[r.measure].toLowerCase()})` : r.measure ? ' killed' : ''}` : '',
        r.kind === 'event'
          ? 'annotation'
          : r.kind === 'period'
            ? 'span'
            : r.hollow === 'same-victims'
              ? `hollow dot (victims counted in ${r.same_victims_as})`
              : r.hollow === 'no-count'
                ? 'hollow dot (no count)'
                : `dot sized ${r.drawn}`,
      ]),
    },
    csvRecords: timelineCsvRecords(rows),
    // The header even with no rows (issue 16); test/charts/csv-header.test.ts keeps it equal to the records' keys.
    csvColumns: ['kind', 'id', 'title', 'start', 'end', 'date_precision', 'perpetrator_category', 'measure', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported', 'drawn_hollow', 'same_victims_as', 'source_ids', 'denied_by'],
    csvPath: sitePath(base, `charts/${spec.id}.csv`),
  };
}
