import type { SiteData } from '../model/records.ts';
import { STACK_ORDER, casualtyRows } from './casualties/rows.ts';
import { casualtyModel } from './casualties/model.ts';
import { timelineModel } from './timeline/model.ts';
import { actorModel } from './actor/model.ts';
import type { ChartModel, ChartSpec } from './model.ts';

export type { ChartModel, ChartSpec } from './model.ts';

/**
 * Every chart the site publishes, by id. Pages (/charts/<id>/), CSV downloads (/charts/<id>.csv)
 * and embeds (/embed/<id>/) are all generated from this list; draw one with
 * `<Chart spec={spec} />` (src/components/charts/Chart.astro).
 *
 * - `casualties-by-perpetrator`: the main chart, civilians killed (the default measure);
 *   `casualties-by-perpetrator-victims`: the same for all victims;
 *   `casualties-by-perpetrator[-victims]-<category>`: one category (only where it has data);
 * - `timeline`: incidents, periods and events on a date axis;
 * - `actor-<actor id>`: the figures for one actor and its category.
 */
export function chartSpecs(data: SiteData): ChartSpec[] {
  const main = 'casualties-by-perpetrator';
  const specs: ChartSpec[] = [
    { id: main, kind: 'casualties', measure: 'killed', category: null, alternates: [`${main}-victims`] },
    { id: `${main}-victims`, kind: 'casualties', measure: 'victims', category: null, alternates: [main] },
  ];
  for (const measure of ['killed', 'victims'] as const) {
    for (const category of STACK_ORDER) {
      const rows = casualtyRows(data.quarterly, { measure, category });
      if (!rows.some((r) => r.role === 'segment')) continue;
      const prefix = measure === 'killed' ? main : `${main}-victims`;
      const other = measure === 'killed' ? `${main}-victims-${category}` : `${main}-${category}`;
      const otherHasData = casualtyRows(data.quarterly, { measure: measure === 'killed' ? 'victims' : 'killed', category }).some(
        (r) => r.role === 'segment',
      );
      specs.push({ id: `${prefix}-${category}`, kind: 'casualties', measure, category, alternates: otherHasData ? [other] : [] });
    }
  }
  specs.push({ id: 'timeline', kind: 'timeline', alternates: [] });
  for (const a of [...data.actors].sort((x, y) => x.id.localeCompare(y.id))) {
    specs.push({ id: `actor-${a.id}`, kind: 'actor', actorId: a.id, alternates: [] });
  }
  return specs;
}

export function chartSpec(data: SiteData, id: string): ChartSpec | undefined {
  return chartSpecs(data).find((s) => s.id === id);
}

/** The words, sources, table and CSV around a chart; `base` is the site's base path ('/'). */
export function chartModel(data: SiteData, spec: ChartSpec, base = '/'): ChartModel {
  switch (spec.kind) {
    case 'casualties':
      return casualtyModel(data, spec, base);
    case 'timeline':
      return timelineModel(data, spec, base);
    case 'actor':
      return actorModel(data, spec, base);
  }
}
