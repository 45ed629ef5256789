import type { APIRoute } from 'astro';
import { chartCsv } from '../../charts/model.ts';
import { chartDownloadSvg } from '../../embed/chart-download.ts';
import { chartRoutes, type ChartRouteProps } from '../../embed/routes.ts';
import { DOWNLOAD_WIDTH } from '../../embed/download-svg.ts';
import { renderPng } from '../../embed/render-png.ts';

/**
 * /downloads/<chart-id>.png (1200 px wide), -2x.png (2400 px), .svg and .csv, rendered at build
 * time. Title, takeaway, source and credit are inside the image, so it stays credited when shared.
 * Renamed charts' old ids are not repeated here: downloads are copied, not hot-linked.
 */
type Kind = 'png' | 'png2x' | 'svg' | 'csv';
const SUFFIX: Record<Kind, string> = { png: '.png', png2x: '-2x.png', svg: '.svg', csv: '.csv' };
const TYPES: Record<Kind, string> = { png: 'image/png', png2x: 'image/png', svg: 'image/svg+xml', csv: 'text/csv; charset=utf-8' };

export function getStaticPaths() {
  return chartRoutes(import.meta.env.BASE_URL)
    .filter((r) => r.props.movedFrom === null)
    .flatMap((r) =>
      (Object.keys(SUFFIX) as Kind[]).map((kind) => ({
        params: { file: `${r.params.chart}${SUFFIX[kind]}` },
        props: { ...r.props, kind },
      })),
    );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, kind } = props as ChartRouteProps & { kind: Kind };
  const headers = { 'content-type': TYPES[kind] };
  if (kind === 'csv') return new Response(chartCsv(chart.model), { headers });
  const svg = chartDownloadSvg(chart, site);
  if (kind === 'svg') return new Response(svg, { headers });
  const png = renderPng(svg, kind === 'png' ? DOWNLOAD_WIDTH : 2 * DOWNLOAD_WIDTH);
  return new Response(new Uint8Array(png), { headers });
};
