import type { SiteData } from '../../model/records.ts';
import { timelineDrawing } from './model.ts';
import type { TimelineSpec } from './model.ts';
import type { TimelineView } from './view.ts';
import { viewName } from './words.ts';

/**
 * Every timeline view the site publishes as a page: the default (/timeline/), the long view when
 * context events fall outside the data, and each detail view an aggregated mark links to (a year,
 * then a month), so every link from a bar has its page. Views of a size the archive does not
 * reach are never built.
 */
const viewsOf = new WeakMap<SiteData, TimelineView[]>();

export function timelineViews(data: SiteData): TimelineView[] {
  const hit = viewsOf.get(data);
  if (hit) return hit;
  const first = timelineDrawing(data);
  const out = new Map<string, TimelineView>();
  const queue = [...first.tops];
  while (queue.length) {
    const v = queue.shift()!;
    if (out.has(v.id)) continue;
    out.set(v.id, v);
    const d = v.id === first.view.id ? first : timelineDrawing(data, v.id);
    for (const b of d.bins ?? []) if (!out.has(b.detail.id)) queue.push(b.detail);
  }
  const views = [...out.values()];
  viewsOf.set(data, views);
  return views;
}

/** The chart spec of a view: its own id, so its model is computed once per build. */
export function viewSpec(v: TimelineView): TimelineSpec {
  return v.id === 'timeline' ? { id: 'timeline', kind: 'timeline', alternates: [] } : { id: `timeline-${v.id}`, kind: 'timeline', alternates: [], view: v.id };
}

/** The links between views: the top ones, then the way back up from a detail view. */
export function viewTrail(v: TimelineView, tops: readonly TimelineView[]): { id: string; name: string; current: boolean }[] {
  const up: TimelineView[] = v.level === 'month' ? [{ id: v.id.slice(0, 4), level: 'year', start: '', end: '' }] : [];
  return [
    ...tops.map((t) => ({ id: t.id, name: t.id === 'timeline' ? `Incidents on record, ${viewName(t)}` : `The whole record with its context, ${viewName(t)}`, current: t.id === v.id })),
    ...(v.level === 'overview' ? [] : [...up, v].map((t) => ({ id: t.id, name: t.level === 'year' ? t.id : viewName(t), current: t.id === v.id }))),
  ];
}
