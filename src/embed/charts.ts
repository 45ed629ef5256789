import { siteData } from '../data/site-data.ts';
import { chartSpecs, renderChart, type ChartModel, type ChartSpec } from '../charts/registry.ts';
import type { RenderedChart } from '../charts/kind.ts';
import { formatDay } from '../format/date.ts';
import { EMBED_ALIASES } from './aliases.ts';

/** A chart that has an embed: every chart in the charts' registry (src/charts/registry.ts). */
export type EmbedChart = {
  id: string;
  spec: ChartSpec;
  model: ChartModel;
  /** The chart drawn once (model, both layouts, key): the embed and every download reuse it. */
  rendered: RenderedChart;
  /** Site-relative path of the chart's own page: the credit link. */
  pagePath: string;
};

export function embedCharts(base: string): EmbedChart[] {
  return chartSpecs(siteData).map((spec) => {
    const rendered = renderChart(siteData, spec, base);
    return { id: spec.id, spec, model: rendered.model, rendered, pagePath: `/charts/${spec.id}/` };
  });
}

/** "Source: MINUSMA; Human Rights Watch." — the publishers, in the model's stable order. */
export function sourceLine(model: ChartModel): string {
  // Credit who found the numbers (MINUSMA, Human Rights Watch), then who carried them, without
  // the editors' parenthetical notes: a credit line, not a citation.
  const short = (s: string) => s.split(' (')[0]!.trim();
  // "via An unnamed news website" reads as "via an unnamed news website".
  const after = (s: string) => s.replace(/^(An?|The) /, (m) => m.toLowerCase());
  const credits = [...new Set(model.sources.map((s) => (s.author && short(s.author) !== short(s.publisher) ? `${short(s.author)} via ${after(short(s.publisher))}` : short(s.publisher))))];
  return credits.length ? `Source: ${credits.join('; ')}, compiled by Civilian harm in Mali.` : 'Source: Civilian harm in Mali.';
}

export function updatedText(model: ChartModel): string {
  return formatDay(model.updated);
}

/** Old id → the chart it now is, for every alias whose target has an embed. */
export function liveAliases(charts: readonly EmbedChart[]): [string, EmbedChart][] {
  return Object.entries(EMBED_ALIASES).map(([old, target]) => {
    const chart = charts.find((c) => c.id === target);
    if (!chart) throw new Error(`embed alias ${old} → ${target}: no such chart`);
    return [old, chart];
  });
}
