import { siteData } from '../../data/site-data.ts';
import { chartSpecs, renderChart, type ChartSpec } from '../../charts/registry.ts';
import { SERIES_LABELS, type SeriesCategory } from '../../schema/category.ts';
import { chartStates, type ChartStates } from './chart-states.ts';

let specs: Map<string, ChartSpec> | undefined;

/** chartStates() for a chart of the site's registry (the pure rules are in chart-states.ts). */
export function statesFor(spec: ChartSpec, base: string): ChartStates {
  specs ??= new Map(chartSpecs(siteData).map((s) => [s.id, s]));
  const all = specs;
  // A chart drawn on its own pages but not in the registry (a timeline view: /timeline/all/, a
  // year or a month) has its states from its own spec.
  const info = (id: string) => {
    const r = renderChart(siteData, all.get(id) ?? spec, base);
    return { switchLabel: r.switchLabel, filterCategories: r.filterCategories };
  };
  return chartStates(spec, [...all.values()], info, (c) => SERIES_LABELS[c as SeriesCategory] ?? c);
}
