import type { EmbedChart } from './charts.ts';
import { sourceLine, updatedText } from './charts.ts';
import { composeDownloadSvg } from './download-svg.ts';
import { absoluteUrl } from '../lib/url.ts';
import { SITE_NAME } from '../lib/site.ts';
import { chartFlags, flagSentence } from './cite.ts';

/**
 * The chart's SVG as the embed draws it: the kind's own markup (src/charts/<kind>/svg.ts) from the
 * geometry computed once per build, so nothing is rendered through a component or parsed back.
 */
export function chartSvgString(chart: EmbedChart): string {
  return chart.rendered.layouts.wide.svg(`d-${chart.id}`);
}

/** The downloadable SVG: the chart framed by its title, takeaway, key (from the kind's legend data) and credits. */
export function chartDownloadSvg(chart: EmbedChart, site: URL | undefined): string {
  return composeDownloadSvg(chartSvgString(chart), {
    title: chart.model.title,
    takeaway: chart.model.takeaway,
    // The flags travel with the image: what is derived, who denies what.
    source: [sourceLine(chart.model), flagSentence(chartFlags(chart.model.csvRecords))].filter(Boolean).join(' '),
    credit: `${SITE_NAME} · ${absoluteUrl(chart.pagePath, site)}`,
    updated: `Data last updated ${updatedText(chart.model)}`,
    legend: chart.rendered.legend,
  });
}
