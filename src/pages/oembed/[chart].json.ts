import type { APIRoute } from 'astro';
import { embedPath, LOADER_PATH, downloadPaths } from '../../embed/contract.ts';
import { chartRoutes, type ChartRouteProps } from '../../embed/routes.ts';
import { buildOEmbed } from '../../embed/oembed.ts';
import { fixedHeight } from '../../embed/snippet.ts';
import { DOWNLOAD_WIDTH } from '../../embed/download-svg.ts';
import { chartDownloadSvg } from '../../embed/chart-download.ts';
import { viewBoxSize } from '../../embed/download-svg.ts';
import { absoluteUrl } from '../../lib/url.ts';

/** /oembed/<chart-id>.json: a static oEmbed response (a renamed chart's old id answers for the new one). */
export function getStaticPaths() {
  return chartRoutes(import.meta.env.BASE_URL);
}

export const GET: APIRoute = async ({ props, site }) => {
  const { chart } = props as ChartRouteProps;
  const abs = (p: string) => absoluteUrl(p, site);
  const thumb = viewBoxSize(chartDownloadSvg(chart, site));
  const body = buildOEmbed(
    {
      title: chart.model.title,
      embedSrc: abs(embedPath(chart.id)),
      loaderSrc: abs(LOADER_PATH),
      chartPageUrl: abs(chart.pagePath),
      siteUrl: abs('/'),
      thumbnailUrl: abs(downloadPaths(chart.id).png),
      thumbnailWidth: DOWNLOAD_WIDTH,
      thumbnailHeight: Math.round((thumb.height * DOWNLOAD_WIDTH) / thumb.width),
    },
    fixedHeight(null),
  );
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json+oembed' } });
};
