import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { chartModel, chartSpecs, type ChartSpec } from '../../charts/registry.ts';
import { chartCsv } from '../../charts/model.ts';

/** /charts/<id>.csv: exactly the rows the chart draws, from the same rows as its geometry; the header even with no rows. */
export const getStaticPaths = (() =>
  chartSpecs(siteData).map((spec) => ({ params: { chart: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const model = chartModel(siteData, (props as { spec: ChartSpec }).spec, import.meta.env.BASE_URL);
  return new Response(chartCsv(model), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
