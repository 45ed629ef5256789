import { resolveCssVars, viewBoxSize } from '../embed/download-svg.ts';
import { escapeHtml } from '../embed/html.ts';
import { wrapText } from '../embed/wrap-text.ts';
import { SITE_NAME } from './site.ts';

/** Open Graph cards are 1200 × 630 (the size every social network crops to). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 48;
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

/**
 * A social card for a chart: its title over the chart itself (the same SVG the page draws), fitted
 * into the rest of the card, and the site's name and data date in the footer.
 */
export function chartCardSvg(chartSvg: string, title: string, updated: string): string {
  const inner = OG_WIDTH - 2 * PAD;
  const lines = wrapText(title, inner, 38).slice(0, 2);
  const titleBottom = PAD + 38 + (lines.length - 1) * 46;
  const top = titleBottom + 24;
  const footY = OG_HEIGHT - PAD + 8;
  const h = footY - 40 - top;
  const size = viewBoxSize(chartSvg);
  const scale = Math.min(inner / size.width, h / size.height);
  const w = Math.round(size.width * scale);
  const x = PAD + Math.round((inner - w) / 2);
  const nested = resolveCssVars(chartSvg).replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(?:width|height|x|y|class|style|role|aria-[\w-]+|xmlns(?::\w+)?)="[^"]*"/g, '').trim();
    return `<svg x="${x}" y="${top}" width="${w}" height="${h}" ${kept}>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<rect width="${OG_WIDTH}" height="10" fill="#8a2c1d"/>`,
    ...lines.map((l, i) => `<text x="${PAD}" y="${PAD + 38 + i * 46}" font-size="38" font-weight="bold" fill="#111111">${escapeHtml(l)}</text>`),
    nested,
    `<text x="${PAD}" y="${footY}" font-size="22" fill="#444444">${escapeHtml(`${SITE_NAME} · Data last updated ${updated}`)}</text>`,
    `</svg>`,
  ].join('\n');
}
