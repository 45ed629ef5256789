import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { chartModel } from '../../charts/registry.ts';
import { chartCsv } from '../../charts/model.ts';
import { timelineViews, viewSpec } from '../../charts/timeline/pages.ts';
import type { TimelineView } from '../../charts/timeline/view.ts';

/** /timeline/<view>.csv: exactly the marks a timeline view draws (the default view's is /charts/timeline.csv). */
export const getStaticPaths = (() =>
  timelineViews(siteData).filter((v) => v.id !== 'timeline').map((view) => ({ params: { view: view.id }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const model = chartModel(siteData, viewSpec((props as { view: TimelineView }).view), import.meta.env.BASE_URL);
  return new Response(chartCsv(model), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
