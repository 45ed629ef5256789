import { siteData } from '../../data/site-data.ts';
import { renderPng } from '../../embed/render-png.ts';
import { formatDay } from '../../format/date.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** The site-wide Open Graph card (pages without a chart): a PNG drawn at build time with resvg. */
export function GET(): Response {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f4f3f0"/>
<rect width="24" height="630" fill="#8a2c1d"/>
<g fill="#8a2c1d"><rect x="900" y="360" width="60" height="170"/><rect x="990" y="260" width="60" height="270"/><rect x="1080" y="160" width="60" height="370"/></g>
<text x="90" y="250" font-family="DejaVu Sans" font-weight="bold" font-size="72" fill="#1b1b1b">${esc(SITE_NAME)}</text>
<text x="90" y="330" font-family="DejaVu Sans" font-size="34" fill="#333">Sourced incidents, reported figures,</text>
<text x="90" y="378" font-family="DejaVu Sans" font-size="34" fill="#333">claims and denials.</text>
<text x="90" y="530" font-family="DejaVu Sans" font-size="26" fill="#555">Data updated ${esc(formatDay(siteData.updated))}</text>
</svg>`;
  return new Response(new Uint8Array(renderPng(svg, 1200)), { headers: { 'content-type': 'image/png' } });
}
