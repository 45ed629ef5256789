import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartSvg from '../components/charts/ChartSvg.astro';
import type { EmbedChart } from './charts.ts';
import { sourceLine, updatedText } from './charts.ts';
import { composeDownloadSvg } from './download-svg.ts';
import { absoluteUrl } from '../lib/url.ts';
import { SITE_NAME } from '../lib/site.ts';

/**
 * The chart's SVG as the embed draws it, rendered to a string at build time (Astro's container
 * renders the same component the embed page uses), then framed for download. Cached per chart:
 * the oEmbed file and the three downloads all need it.
 */
const cache = new Map<string, Promise<string>>();

export function chartSvgString(chart: EmbedChart): Promise<string> {
  let hit = cache.get(chart.id);
  if (!hit) {
    hit = (async () => {
      const container = await AstroContainer.create();
      const html = await container.renderToString(ChartSvg, { props: { model: chart.model, layout: 'wide', uid: `d-${chart.id}` } });
      const start = html.indexOf('<svg');
      const end = html.lastIndexOf('</svg>');
      if (start < 0 || end < 0) throw new Error(`chart ${chart.id} rendered no <svg>`);
      // Astro's scoping attributes mean nothing outside the page.
      return html.slice(start, end + 6).replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, '');
    })();
    cache.set(chart.id, hit);
  }
  return hit;
}

export async function chartDownloadSvg(chart: EmbedChart, site: URL | undefined): Promise<string> {
  return composeDownloadSvg(await chartSvgString(chart), {
    title: chart.model.title,
    takeaway: chart.model.takeaway,
    source: sourceLine(chart.model),
    credit: `${SITE_NAME} · ${absoluteUrl(chart.pagePath, site)}`,
    updated: `Data last updated ${updatedText(chart.model)}`,
  });
}
