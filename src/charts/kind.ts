import type { SiteData } from '../model/records.ts';
import type { SeriesCategory } from '../schema/category.ts';
import type { LayoutName } from './common.ts';
import type { LegendItem } from './legend.ts';
import type { BaseSpec, ChartModel } from './model.ts';
import type { Markup } from './svg.ts';

/** What a kind's SVG needs besides its geometry: ids unique on the page, and the accessible words. */
export type SvgFrame = { uid: string; title: string; desc: string; layout: LayoutName };

/**
 * One chart kind: everything about it lives in its folder, src/charts/<kind>/, and is pure (no
 * DOM, no Astro), so it is tested as plain functions. The registry (registry.ts) lists the kinds;
 * nothing else in the site names a kind.
 */
export type ChartKind<S extends BaseSpec, D, G extends { width: number; height: number }> = {
  kind: S['kind'];
  /** Where this kind's charts come in the list of all charts (pages, embeds, downloads). */
  order: number;
  /** The charts of this kind the site publishes, in page order. */
  specs(data: SiteData): S[];
  /** The words, sources, table and CSV, and the rows the geometry is drawn from. */
  model(data: SiteData, spec: S, base: string): ChartModel<S, D>;
  /** The drawing in one layout: a pure function of the model's rows. */
  geometry(model: ChartModel<S, D>, layout: LayoutName, base: string): G;
  /** The key, as data, listing only what the geometry draws. */
  legend(g: G, model: ChartModel<S, D>): LegendItem[];
  /** The self-contained SVG markup of the geometry. */
  svg(g: G, frame: SvgFrame): Markup;
  /** The perpetrator categories drawn, for the client-side filter (none: no filter). */
  filterCategories(g: G, spec: S): SeriesCategory[];
  /** A short label for the measure switch when several charts share a group. */
  switchLabel(spec: S): string;
  /**
   * One drawing for every width: the `narrow` layout's SVG is fluid (100% wide) and is the only
   * one pages and embeds show, so no mark is drawn twice; `wide` stays for downloads and cards.
   */
  fluid?: boolean;
};

/** Identity with inference: `export default defineKind({ … })` keeps the kind's own types. */
export function defineKind<S extends BaseSpec, D, G extends { width: number; height: number }>(k: ChartKind<S, D, G>): ChartKind<S, D, G> {
  return k;
}

/** A chart drawn once: its model, its two layouts and its key, computed once per build (see render.ts). */
export type RenderedChart = {
  model: ChartModel;
  layouts: Record<LayoutName, { width: number; height: number; svg: (uid: string) => Markup }>;
  legend: LegendItem[];
  filterCategories: SeriesCategory[];
  switchLabel: string;
  /** Show only the fluid `narrow` drawing (see ChartKind.fluid). */
  fluid?: boolean;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartKind = ChartKind<any, any, any>;

/** The registry's shape: each kind filed under its own name (checked per key, so a mismatch is a type error). */
export type KindTable<T> = { [K in keyof T]: Omit<AnyChartKind, 'kind'> & { readonly kind: K } };

/** Builds the registry's table, refusing at compile time a kind filed under another's name. */
export function kindTable<T extends KindTable<T>>(table: T): T {
  return table;
}
