/**
 * A chart's states (measure, perpetrator) as addresses, computed at build time so the controls are
 * plain links in the HTML: no script inserts them (no layout shift) and they work without one.
 *
 * - Measure: the chart and its `alternates` (each its own pre-rendered page, /charts/<id>/), in the
 *   registry's order.
 * - Perpetrator: where the registry publishes one chart per category (`<parent id>-<category>`),
 *   the filter links to those pages ("pages"); otherwise, when the chart draws several categories,
 *   it is a `?perpetrator=<category>` query on the same address, applied by the script ("query")
 *   and so only shown when the script runs.
 */
export type StateSpec = { id: string; alternates: readonly string[] };
export type StateInfo = { switchLabel: string; filterCategories: readonly string[] };
export type StateLink = {
  /** The chart id this state is drawn by (pages), or the chart itself (query). */
  id: string;
  label: string;
  /** The category for a perpetrator link ('' = all), the measure's chart id for a measure link. */
  value: string;
  current: boolean;
};
export type FilterState = { mode: 'pages' | 'query'; param: typeof FILTER_PARAM; links: StateLink[] };
export type ChartStates = { measures: StateLink[]; filter: FilterState | null };

/** The query parameter of the perpetrator filter, on chart pages and in embed URLs (src/embed/contract.ts). */
export const FILTER_PARAM = 'perpetrator';
export const ALL_LABEL = 'All perpetrators';
const ALL_CATEGORY = 'all';

export function chartStates(
  spec: StateSpec,
  all: readonly StateSpec[],
  info: (id: string) => StateInfo,
  categoryLabel: (category: string) => string,
): ChartStates {
  const order = new Map(all.map((s, i) => [s.id, i]));
  const ids = [spec.id, ...spec.alternates].filter((id, i, a) => order.has(id) && a.indexOf(id) === i);
  ids.sort((a, b) => order.get(a)! - order.get(b)!);
  const measures = ids.length > 1 ? ids.map((id) => ({ id, label: info(id).switchLabel, value: id, current: id === spec.id })) : [];
  return { measures, filter: filterState(spec, all, order, info, categoryLabel) };
}

function filterState(
  spec: StateSpec,
  all: readonly StateSpec[],
  order: ReadonlyMap<string, number>,
  info: (id: string) => StateInfo,
  categoryLabel: (category: string) => string,
): FilterState | null {
  const paged = (parent: StateSpec) => info(parent.id).filterCategories.filter((c) => c !== ALL_CATEGORY && order.has(`${parent.id}-${c}`));
  // The chart whose per-category pages this one belongs to: itself, or the chart it is a category of.
  const parent = paged(spec).length
    ? spec
    : all.find((p) => spec.id.startsWith(`${p.id}-`) && paged(p).includes(spec.id.slice(p.id.length + 1)));
  if (parent) {
    const links = [
      { id: parent.id, label: ALL_LABEL, value: '', current: parent.id === spec.id },
      ...paged(parent).map((c) => ({ id: `${parent.id}-${c}`, label: categoryLabel(c), value: c, current: `${parent.id}-${c}` === spec.id })),
    ];
    return { mode: 'pages', param: FILTER_PARAM, links };
  }
  // 'all' is a lane of figures for every perpetrator together, not a perpetrator to pick.
  const cats = info(spec.id).filterCategories.filter((c) => c !== ALL_CATEGORY);
  if (cats.length < 2) return null;
  return {
    mode: 'query',
    param: FILTER_PARAM,
    links: [
      { id: spec.id, label: ALL_LABEL, value: '', current: true },
      ...cats.map((c) => ({ id: spec.id, label: categoryLabel(c), value: c, current: false })),
    ],
  };
}
