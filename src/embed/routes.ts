import { embedCharts, liveAliases, type EmbedChart } from './charts.ts';

/**
 * The static paths every per-chart embed route shares (embed pages, oEmbed, downloads): each
 * chart under its id, and each renamed chart's old id, flagged so the route can redirect.
 */
export type ChartRouteProps = { chart: EmbedChart; movedFrom: string | null };

export function chartRoutes(base: string): { params: { chart: string }; props: ChartRouteProps }[] {
  const charts = embedCharts(base);
  return [
    ...charts.map((chart) => ({ params: { chart: chart.id }, props: { chart, movedFrom: null } })),
    ...liveAliases(charts).map(([old, chart]) => ({ params: { chart: old }, props: { chart, movedFrom: old } })),
  ];
}
