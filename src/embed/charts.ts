import { siteData } from '../data/site-data.ts';
import type { ChartModel, ChartSpec } from '../charts/model.ts';
import { casualtyModel } from '../charts/casualties/model.ts';
import { MEASURE_IDS } from '../schema/measure.ts';
import { formatDay } from '../format/date.ts';
import { EMBED_ALIASES } from './aliases.ts';

/**
 * The charts that have an embed, read from the charts' registry. INTERIM: until
 * src/charts/registry.ts lands, the casualty charts are listed here from their model.
 */
export type EmbedChart = {
  id: string;
  spec: ChartSpec;
  model: ChartModel;
  /** Site-relative path of the chart's own page: the credit link. */
  pagePath: string;
};

function interimSpecs(): ChartSpec[] {
  const measures = MEASURE_IDS.filter((m) => siteData.quarterly.some((r) => r.measure === m));
  return measures.map((m) => ({ id: `${m}-by-quarter`, kind: 'casualties', measure: m, category: null, alternates: [] }));
}

export function embedCharts(base: string): EmbedChart[] {
  return interimSpecs().map((spec) => {
    if (spec.kind !== 'casualties') throw new Error(`no model for ${spec.kind}`);
    return { id: spec.id, spec, model: casualtyModel(siteData, spec, base), pagePath: `/charts/${spec.id}/` };
  });
}

/** "Source: MINUSMA; Human Rights Watch." — the publishers, in the model's stable order. */
export function sourceLine(model: ChartModel): string {
  // The publisher's name without the editors' parenthetical notes: a credit line, not a citation.
  const publishers = [...new Set(model.sources.map((s) => s.publisher.split(' (')[0]!.trim()))];
  return publishers.length ? `Source: ${publishers.join('; ')}, compiled by Civilian harm in Mali.` : 'Source: Civilian harm in Mali.';
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
