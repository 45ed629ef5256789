import type { SiteData } from '../model/records.ts';
import * as kinds from './kinds.ts';
import { kindTable, type AnyChartKind, type RenderedChart } from './kind.ts';
import type { ChartModel } from './model.ts';

/**
 * Every chart kind the site draws: one folder each under src/charts/<kind>/ (its kind.ts says
 * everything about it) and one line in kinds.ts. Pages (/charts/<id>/), CSV downloads, embeds, oEmbed,
 * PNG/SVG downloads and Open Graph cards are all generated from the specs these kinds list, in
 * their `order`. test/charts/kinds.test.ts fails when a kind folder is missing from kinds.ts.
 */
export const CHART_KINDS = kindTable({ ...kinds });

type Kinds = typeof CHART_KINDS;
export type ChartKindId = keyof Kinds;
/** Which chart, with which parameters: the union of every kind's own spec. */
export type ChartSpec = ReturnType<Kinds[ChartKindId]['specs']>[number];
export type { ChartModel } from './model.ts';

/** Kinds in page order (their `order`), whatever order the kinds list is in. */
const ORDERED = Object.values(CHART_KINDS).sort((a, b) => a.order - b.order);

export function chartSpecs(data: SiteData): ChartSpec[] {
  return ORDERED.flatMap((k): ChartSpec[] => k.specs(data));
}

export function chartSpec(data: SiteData, id: string): ChartSpec | undefined {
  return chartSpecs(data).find((s) => s.id === id);
}

/** The kind module of a spec. The one place a spec meets its kind, so the one cast. */
function kindOf(spec: ChartSpec): AnyChartKind {
  return CHART_KINDS[spec.kind] as AnyChartKind;
}

// Model and geometry are computed once per chart per build: the page, the embed, the CSV, the
// downloads and the Open Graph card all read this cache (keyed by the data object, then base + id).
const cache = new WeakMap<SiteData, Map<string, RenderedChart>>();

export function renderChart(data: SiteData, spec: ChartSpec, base = '/'): RenderedChart {
  let byId = cache.get(data);
  if (!byId) cache.set(data, (byId = new Map()));
  const key = `${base}\u0000${spec.id}`;
  const hit = byId.get(key);
  if (hit) return hit;
  const kind = kindOf(spec);
  const model = kind.model(data, spec, base);
  const layouts = {} as RenderedChart['layouts'];
  let wide: unknown;
  for (const layout of ['wide', 'narrow'] as const) {
    const g = kind.geometry(model, layout, base);
    if (layout === 'wide') wide = g;
    layouts[layout] = {
      width: g.width,
      height: g.height,
      svg: (uid) => kind.svg(g, { uid, title: model.title, desc: model.description, layout }),
    };
  }
  const rendered: RenderedChart = {
    model,
    layouts,
    legend: kind.legend(wide, model),
    filterCategories: kind.filterCategories(wide, spec),
    switchLabel: kind.switchLabel(spec),
    fluid: kind.fluid === true,
  };
  byId.set(key, rendered);
  return rendered;
}

/** The words, sources, table and CSV around a chart; `base` is the site's base path ('/'). */
export function chartModel(data: SiteData, spec: ChartSpec, base = '/'): ChartModel {
  return renderChart(data, spec, base).model;
}
