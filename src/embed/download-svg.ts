import { escapeHtml } from './html.ts';
import { swatchSvg, type LegendItem } from '../charts/legend.ts';
import { wrapText } from './wrap-text.ts';

/**
 * The standalone SVG of a chart for print and social: the chart framed by its title, takeaway,
 * source line and credit, all as SVG text so they survive any re-use of the image. Rendered in the
 * light theme with explicit colours (no CSS variables: resvg and many editors do not support them).
 */
export type DownloadMeta = {
  title: string;
  takeaway: string;
  /** "Source: …" line. */
  source: string;
  /** "Civilian harm in Mali · <chart page URL>". */
  credit: string;
  /** "Data last updated 2 November 2026". */
  updated: string;
  /** The chart's key as data (the kind's legend): each entry's swatch and its words. */
  legend?: readonly LegendItem[];
};

export const DOWNLOAD_WIDTH = 1200;
const PAD = 40;
/**
 * HTML allows a raw '<' or '>' inside a quoted attribute value (Astro writes them as they come, e.g.
 * a label quoting a source); XML, and so resvg, does not. Text content is already escaped by Astro,
 * so any `="…"` is an attribute.
 */
export function xmlSafeAttributes(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
}

/** The root <svg …> tag, read attribute by attribute: a quoted value may contain '>'. */
const SVG_OPEN = /<svg\b((?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/;
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** Replaces `var(--x, fallback)` with its fallback, so the SVG renders the same everywhere. */
export function resolveCssVars(svg: string): string {
  let out = svg;
  // Nested fallbacks resolve from the inside out.
  for (let i = 0; i < 5 && out.includes('var(--'); i++) {
    out = out.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*?)\s*\)/g, '$1');
  }
  return out;
}

/** The root <svg> tag's viewBox size: the chart's own drawing units. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const open = SVG_OPEN.exec(svg)?.[0] ?? '';
  const vb = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\swidth="([\d.]+)"/.exec(open);
  const h = /\sheight="([\d.]+)"/.exec(open);
  if (w && h) return { width: Number(w[1]), height: Number(h[1]) };
  throw new Error('chart SVG has neither a viewBox nor width and height');
}

/** Places the chart's <svg> as a nested viewport, dropping attributes that only make sense on a page. */
function nestChart(chartSvg: string, x: number, y: number, w: number, h: number): string {
  return xmlSafeAttributes(resolveCssVars(chartSvg)).replace(SVG_OPEN, (_m, attrs: string) => {
    const kept = attrs
      .replace(/\s(?:width|height|x|y|class|style|role|aria-[\w-]+|xmlns(?::\w+)?)="[^"]*"/g, '')
      .trim();
    return `<svg x="${x}" y="${y}" width="${w}" height="${h}" ${kept}>`;
  });
}

const LEGEND_SIZE = 17;
const ICON = 18;

/** The key as rows of swatch + words, wrapped to the width; returns the markup and its height. */
function legendBlock(items: readonly LegendItem[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const rowH = 28;
  let x = x0;
  let y = y0;
  const parts: string[] = [];
  for (const item of items) {
    const w = ICON + 8 + item.label.length * LEGEND_SIZE * 0.55;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowH;
    }
    // The same swatch data as the page's key, placed as a nested viewport scaled to the icon size.
    const icon = swatchSvg(item.swatch, { xmlns: null, x, y: y - ICON + 4, width: ICON, height: ICON });
    parts.push(icon, `<text x="${x + ICON + 8}" y="${y}" font-size="${LEGEND_SIZE}" fill="#222222">${escapeHtml(item.label)}</text>`);
    x += w + 24;
  }
  return { svg: parts.join('\n'), height: y - y0 + rowH };
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeHtml(l)}</text>`)
    .join('\n');
}

export function composeDownloadSvg(chartSvg: string, meta: DownloadMeta, width = DOWNLOAD_WIDTH): string {
  const inner = width - 2 * PAD;
  const title = wrapText(meta.title, inner, 34);
  const takeaway = wrapText(meta.takeaway, inner, 22);
  const foot = [...wrapText(meta.source, inner, 17), ...wrapText(`${meta.credit} · ${meta.updated}`, inner, 17)];
  const size = viewBoxSize(chartSvg);
  const chartH = Math.round((inner * size.height) / size.width);

  let y = PAD + 34;
  const parts: string[] = [];
  parts.push(textBlock(title, PAD, y, 34, 42, `font-weight="bold" fill="#111111"`));
  y += (title.length - 1) * 42 + 40;
  parts.push(textBlock(takeaway, PAD, y, 22, 30, `fill="#333333"`));
  y += (takeaway.length - 1) * 30 + 24;
  parts.push(nestChart(chartSvg, PAD, y, inner, chartH));
  y += chartH + 30;
  const legend = legendBlock(meta.legend ?? [], PAD, y, inner);
  parts.push(legend.svg);
  y += legend.height + (legend.height ? 16 : 6);
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y - 22}" y2="${y - 22}" stroke="#D9D9D9" stroke-width="1"/>`);
  parts.push(textBlock(foot, PAD, y, 17, 24, `fill="#444444"`));
  const height = y + (foot.length - 1) * 24 + PAD - 8;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeHtml(meta.title)}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n');
}
