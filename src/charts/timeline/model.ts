import type { SiteData } from '../../model/records.ts';
import { SERIES_LABELS } from '../../schema/category.ts';
import { formatCount, formatNumber } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { sitePath } from '../common.ts';
import { chartSources, type ChartModel } from '../model.ts';
import { timelineCsvRecords, timelineRows, type TimelineRow } from './rows.ts';
import { binIncidents, crowded, rowsInView, topViews, viewById, type Bin } from './view.ts';
import { binName, topToll, viewName, viewPath, whose, type TimelineDrawing } from './words.ts';

/** `view` names the stretch drawn ('all', '2022', '2022-04'); without it, the default view. */
export type TimelineSpec = { id: string; kind: 'timeline'; alternates: string[]; view?: string };

export const TIMELINE_NOTES = [
  'Each dot is an incident, in the lane of its perpetrator category; its area shows the people killed (the best estimate, else the lower bound). The range is in the label and the table.',
  'Small hollow dot: no count of people killed, or victims already counted in another incident (never counted twice).',
  'A line through a dot: the incident’s date is known only as a range. A labelled bar in a lane: people killed over a period other than one quarter, as the source states it.',
  'Dashed lines from the labels at the top: context events. Only people killed are drawn: figures of other harms over a period are on each source’s page.',
];
export const TIMELINE_BIN_NOTES = [
  'Too many incidents to draw one by one: each bar counts the incidents on record for one perpetrator category in one month, quarter or year (a count of this site’s records, not of people). Follow a bar to see each incident drawn.',
  'The highest toll in each bar is named in its label, with whose number it is and any denial; tolls are never added up.',
  'A labelled bar under a lane: people killed over a period other than one quarter, as the source states it. Dashed lines from the labels at the top: context events.',
];

export function timelineTakeaway(rows: readonly TimelineRow[]): string {
  const incidents = rows.filter((r) => r.kind === 'incident');
  if (incidents.length === 0) return 'No incidents recorded yet.';
  const sized = incidents.filter((r) => r.drawn !== null);
  const top = sized.reduce<TimelineRow | null>((a, b) => (a === null || b.drawn! > a.drawn! ? b : a), null);
  const years = incidents.map((r) => r.start.slice(0, 4)).concat(incidents.map((r) => r.end.slice(0, 4))).sort();
  const span = years[0] === years.at(-1) ? years[0] : `${years[0]}–${years.at(-1)}`;
  // The toll is the one the site shows (one claim, or every claim's range), always with whose it
  // is and any denial: a takeaway travels into embeds and downloads without the table beside it.
  const deadliest = top ? `; the highest toll recorded is ${top.title} (${formatSpan(top)}): ${formatCount(top.count!)} killed${whose(top)}` : '';
  return `${formatNumber(incidents.length)} incident${incidents.length === 1 ? '' : 's'} recorded, ${span}${deadliest}.`;
}

/** Who stated a source's figures, for credits: the issuing organisation, else the publisher. */
function credits(data: SiteData): Map<string, string> {
  return new Map(data.sources.map((s) => [s.id, (s.author_org ?? s.publisher).split(' (')[0]!.trim()]));
}

// Every view of a build reads the same rows: made once per data set.
const rowsOf = new WeakMap<SiteData, { all: TimelineRow[]; tops: ReturnType<typeof topViews> }>();

/** The rows of one view, and its bins when its incidents crowd. */
export function timelineDrawing(data: SiteData, viewId = 'timeline'): TimelineDrawing {
  let cached = rowsOf.get(data);
  if (!cached) {
    const all = timelineRows(data.incidents, data.figures, data.events, null, credits(data));
    rowsOf.set(data, (cached = { all, tops: topViews(all) }));
  }
  const { all, tops } = cached;
  const view = viewById(viewId, tops) ?? tops[0]!;
  const rows = rowsInView(all, view);
  const incidents = rows.filter((r) => r.kind === 'incident');
  return { view, tops, rows, bins: crowded(incidents, view) ? binIncidents(incidents, view) : null };
}

const drawnAs = (r: TimelineRow) =>
  r.kind === 'event' ? 'annotation' : r.kind === 'period' ? 'labelled bar' : r.hollow === 'same-victims' ? `hollow dot (victims counted in “${r.same_victims_title}”)` : r.hollow === 'no-count' ? 'hollow dot (no count)' : `dot sized ${r.drawn}`;

/** The timeline CSV's columns: timelineCsvRecords' keys, then the bars' own (binCsv) in aggregated views. */
const TIMELINE_CSV_COLUMNS = ['kind', 'id', 'title', 'start', 'end', 'date_precision', 'perpetrator_category', 'measure', 'qualifier', 'low', 'best', 'high', 'drawn_value', 'as_reported', 'drawn_hollow', 'same_victims_as', 'source_ids', 'credit', 'denied_by', 'derived'];
const BIN_CSV_COLUMNS = ['incidents_on_record', 'top_incident_id', 'top_killed', 'detail'];

function binCsv(b: Bin, base: string): Record<string, string | number> {
  return {
    kind: 'bin', id: b.id, title: `${b.incidents.length} incidents on record`, start: b.start, end: b.end, date_precision: b.unit, perpetrator_category: b.category,
    incidents_on_record: b.incidents.length, top_incident_id: b.top?.id ?? '', top_killed: b.top ? formatCount(b.top.count!) : '', credit: b.top?.credit ?? '',
    denied_by: b.top?.denied_by.join('; ') ?? '', detail: sitePath(base, viewPath(b.detail)),
  };
}

export function timelineModel(data: SiteData, spec: TimelineSpec, base: string): ChartModel<TimelineSpec, TimelineDrawing> {
  const drawing = timelineDrawing(data, spec.view);
  const { rows, bins, view } = drawing;
  const incidents = rows.filter((r) => r.kind === 'incident');
  const takeaway = timelineTakeaway(rows);
  const title = view.id === 'timeline' ? 'Incidents over time, by perpetrator' : `Incidents over time, by perpetrator: ${viewName(view)}`;
  const others = rows.filter((r) => r.kind !== 'incident');
  // Aggregated: the sources of what is named (periods, events, each bar's highest toll), not of every incident.
  const named = bins ? bins.flatMap((b) => (b.top ? b.top.source_ids : [])) : incidents.flatMap((r) => r.source_ids);
  const tableRows = bins
    ? [
        ...others.map((r) => [formatSpan(r), r.kind === 'event' ? `Event: ${r.title}` : `${formatCount(r.count!)} killed${r.derived ? ' (derived)' : ''}`, r.category ? SERIES_LABELS[r.category] : '', r.kind === 'period' ? `${r.credit}${whose({ ...r, credit: '' })}` : '', drawnAs(r)]),
        ...bins.map((b) => [binName(b), `${formatNumber(b.incidents.length)} incident${b.incidents.length === 1 ? '' : 's'} on record`, SERIES_LABELS[b.category], topToll(b), `bar; detail: ${viewName(b.detail)}`]),
      ]
    : rows.map((r) => [
        formatSpan(r),
        r.kind === 'event' ? `Event: ${r.title}` : r.kind === 'period' ? `${formatCount(r.count!)} killed over the period${r.derived ? ' (derived)' : ''}` : r.title,
        r.category ? SERIES_LABELS[r.category] : '',
        r.count ? `${formatCount(r.count)} killed${whose(r)}` : '',
        drawnAs(r),
      ]);
  return {
    spec,
    drawing,
    title,
    takeaway,
    description: bins
      ? `Timeline of incidents by date, ${viewName(view)}, one lane per perpetrator category; too many to draw one by one, so each bar counts the incidents on record per ${bins[0]?.unit ?? 'period'}, each linking to a view of them drawn one by one. ${takeaway}`
      : `Timeline of incidents by date, ${viewName(view)}, one lane per perpetrator category, dots sized by people killed, with periods as labelled bars and context events as annotations. ${takeaway} Every incident is listed in the table below.`,
    notes: bins ? TIMELINE_BIN_NOTES : TIMELINE_NOTES,
    sources: chartSources(data, [...named, ...others.flatMap((r) => r.source_ids)], (id) => sitePath(base, `articles/${id}/`)),
    updated: data.updated,
    table: {
      caption: `${title}: every mark drawn`,
      columns: bins ? ['When', 'What', 'Perpetrator', 'Highest toll, whose', 'Drawn as'] : ['Date', 'What', 'Perpetrator', 'Killed, whose', 'Drawn as'],
      rows: tableRows,
    },
    csvRecords: [...timelineCsvRecords(bins ? others : rows), ...(bins ?? []).map((b) => binCsv(b, base))],
    // The header even with no rows (issue 16); an aggregated view adds its bars' columns.
    csvColumns: bins ? [...TIMELINE_CSV_COLUMNS, ...BIN_CSV_COLUMNS] : TIMELINE_CSV_COLUMNS,
    csvPath: sitePath(base, view.id === 'timeline' ? `charts/${spec.id}.csv` : `timeline/${view.id}.csv`),
  };
}
