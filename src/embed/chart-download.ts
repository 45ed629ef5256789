import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import ChartSvg from '../components/charts/ChartSvg.astro';
import ChartLegend from '../components/charts/ChartLegend.astro';
import type { EmbedChart } from './charts.ts';
import { sourceLine, updatedText } from './charts.ts';
import { composeDownloadSvg, xmlSafeAttributes, type LegendItem } from './download-svg.ts';
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
      // Astro's scoping attributes mean nothing outside the page. Astro leaves < and > raw inside
      // attribute values (valid HTML, invalid XML): escape them here, once, for every consumer
      // (downloads, Open Graph cards), since resvg and SVG viewers read the string as XML.
      return xmlSafeAttributes(html.slice(start, end + 6).replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, ''));
    })();
    cache.set(chart.id, hit);
  }
  return hit;
}

/** The chart's HTML key as swatch + words pairs, so the image carries the same key as the page. */
async function legendItems(chart: EmbedChart): Promise<LegendItem[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ChartLegend, { props: { model: chart.model } });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('li')].flatMap((li) => {
    const svg = li.querySelector('svg');
    const label = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!svg || !label) return [];
    // linkedom serialises the SVG with its attributes as written; the root needs its namespace for resvg.
    const icon = svg.outerHTML.replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, '');
    const w = svg.getAttribute('width') ?? '14';
    const h = svg.getAttribute('height') ?? '14';
    return [{ icon: icon.replace('<svg', `<svg viewBox="0 0 ${w} ${h}"`), label }];
  });
}

export async function chartDownloadSvg(chart: EmbedChart, site: URL | undefined): Promise<string> {
  return composeDownloadSvg(await chartSvgString(chart), {
    title: chart.model.title,
    takeaway: chart.model.takeaway,
    source: sourceLine(chart.model),
    credit: `${SITE_NAME} · ${absoluteUrl(chart.pagePath, site)}`,
    updated: `Data last updated ${updatedText(chart.model)}`,
    legend: await legendItems(chart),
  });
}
