import { SERIES_LABELS } from '../../schema/category.ts';
import { formatCount, formatNumber, formatRange } from '../../format/count.ts';
import { formatDay, formatSpan } from '../../format/date.ts';
import type { TimelineRow } from './rows.ts';
import type { Bin, TimelineView } from './view.ts';

/** What a timeline's geometry is drawn from: one view's rows, and its bins when marks crowd. */
export type TimelineDrawing = {
  view: TimelineView;
  /** The default and long views, for the links between them. */
  tops: TimelineView[];
  rows: TimelineRow[];
  /** Aggregated marks (incidents counted per lane per unit); null when each incident is a dot. */
  bins: Bin[] | null;
};

/** The site path of a view's page: the default view is /timeline/. */
export function viewPath(v: TimelineView): string {
  return v.id === 'timeline' ? 'timeline/' : `timeline/${v.id}/`;
}

/** A view in words: "2018–2024", "2022", "April 2022". */
export function viewName(v: TimelineView): string {
  if (v.level === 'year') return v.id;
  if (v.level === 'month') return formatDay(`${v.id}-01`, 'month');
  const last = Number(v.end.slice(0, 4)) - 1;
  return v.start.slice(0, 4) === String(last) ? String(last) : `${v.start.slice(0, 4)}–${last}`;
}

/** "according to X, denied by Y": whose number it is travels with it, and so does any denial. */
export function whose(r: TimelineRow): string {
  const denied = r.denied_by.length ? `, denied by ${r.denied_by.map((by) => by.replace(/^The /, 'the ')).join(' and ')}` : '';
  return `${r.credit ? `, according to ${r.credit}` : ''}${denied}`;
}

/** The words on a period's bar: the number as the source states it, whose, and a derived flag. */
export function periodText(p: TimelineRow): string {
  return `${formatCount(p.count!)} killed${p.derived ? ' (derived)' : ''}${p.credit ? ` (${p.credit})` : ''}${p.denied_by.length ? `, denied by ${p.denied_by.join(' and ')}` : ''}`;
}

/** A dot's tooltip and accessible name. */
export function pointLabel(d: TimelineRow): string {
  const range = d.count ? formatRange(d.count) : '';
  const counted = d.count ? `Killed: ${formatCount(d.count)}${range ? ` (range ${range})` : ''}` : 'No count of people killed';
  const why = d.hollow === 'same-victims' ? `; its victims are counted in the incident “${d.same_victims_title}”` : '';
  return `${d.title}, ${formatSpan(d)}. ${SERIES_LABELS[d.category as keyof typeof SERIES_LABELS]}. ${counted}${d.credit ? ` (${d.credit})` : ''}${why}.${d.denied_by.length ? ` Denied by ${d.denied_by.join(', ')}.` : ''}`;
}

const UNIT_WORDS = { month: (s: string) => formatDay(s, 'month'), quarter: (s: string) => `Q${Math.floor((Number(s.slice(5, 7)) - 1) / 3) + 1} ${s.slice(0, 4)}`, year: (s: string) => s.slice(0, 4) };

/** The highest toll in a bin: one source's number (or every claim's envelope), whose, and any denial. */
export function topToll(b: Bin): string {
  const t = b.top;
  return t ? `highest toll: ${formatCount(t.count!)} killed in ${t.title} (${formatSpan(t)})${whose(t)}` : 'none has a count of people killed';
}

/** An aggregated mark's tooltip and accessible name. */
export function binLabel(b: Bin): string {
  const n = b.incidents.length;
  return `${UNIT_WORDS[b.unit](b.start)}, ${SERIES_LABELS[b.category]}: ${formatNumber(n)} incident${n === 1 ? '' : 's'} on record; ${topToll(b)}. Opens ${viewName(b.detail)}, every incident drawn.`;
}

export function binName(b: Bin): string {
  return UNIT_WORDS[b.unit](b.start);
}
