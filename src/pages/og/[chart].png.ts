import type { GetStaticPaths } from 'astro';
import { embedCharts, updatedText, type EmbedChart } from '../../embed/charts.ts';
import { chartSvgString } from '../../embed/chart-download.ts';
import { renderPng } from '../../embed/render-png.ts';
import { chartCardSvg, OG_WIDTH } from '../../lib/og-card.ts';

/** One Open Graph PNG per chart in the registry, drawn at build time from the chart's own SVG. */
export const getStaticPaths = (() =>
  embedCharts(import.meta.env.BASE_URL).map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { chart: EmbedChart } }): Promise<Response> {
  const { chart } = props;
  const svg = chartCardSvg(chartSvgString(chart), chart.model.title, updatedText(chart.model));
  return new Response(new Uint8Array(renderPng(svg, OG_WIDTH)), { headers: { 'content-type': 'image/png' } });
}
