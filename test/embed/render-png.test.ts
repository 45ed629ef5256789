import { existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pngFontOptions, renderPng } from '../../src/embed/render-png.ts';
import { chartCardSvg } from '../../src/lib/og-card.ts';
import { ROOT } from '../helpers/dist.ts';

/** Chart PNGs and Open Graph cards use the fonts in node_modules only, so their bytes are the same on any machine. */
const text = (family: string, words = 'Civilians killed, Q1 2022: 1,001') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120" viewBox="0 0 600 120"><text x="10" y="50" font-family="${family}" font-size="28">${words}</text><text x="10" y="95" font-family="${family}" font-weight="bold" font-size="28">Démenti · ≥ 30</text></svg>`;
// Families a Debian machine has (fonts-dejavu-core) but the build must never reach.
const SYSTEM_ONLY = ['DejaVu Serif', 'DejaVu Sans Mono'];

describe('chart images: fonts from npm, never the machine', () => {
  it('loads no system font, and every font file comes from node_modules', () => {
    const font = pngFontOptions();
    expect(font.loadSystemFonts).toBe(false);
    expect(font.fontFiles!.length).toBeGreaterThan(0);
    for (const f of font.fontFiles!) {
      expect(path.relative(ROOT, f)).toMatch(/^node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans(-Bold)?\.ttf$/);
      expect(existsSync(f)).toBe(true);
    }
  });

  it('draws the text (a PNG of words differs from an empty one)', () => {
    expect(renderPng(text('DejaVu Sans'), 600).equals(renderPng(text('DejaVu Sans', ''), 600))).toBe(false);
  });

  it.each(SYSTEM_ONLY)('a family only the machine has (%s) falls back to the shipped DejaVu Sans', (family) => {
    expect(renderPng(text(family), 600).equals(renderPng(text('DejaVu Sans'), 600))).toBe(true);
  });

  it('the check above can fail: with system fonts on, this machine draws those families differently', () => {
    const have = existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf');
    if (!have) return expect(have).toBe(false); // nothing to compare against on a machine without them
    const withSystem = new Resvg(text('DejaVu Serif'), { fitTo: { mode: 'width', value: 600 }, font: { loadSystemFonts: true }, background: '#FFFFFF', logLevel: 'off' });
    expect(withSystem.render().asPng().equals(renderPng(text('DejaVu Sans'), 600))).toBe(false);
  });

  it('renders a chart card twice to the same bytes', () => {
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><rect x="10" y="50" width="40" height="150" fill="#D55E00"/><text x="10" y="40" font-size="14" fill="var(--chart-ink, #222)">Q1 2022</text></svg>';
    const svg = chartCardSvg(chart, 'Civilians killed in Mali, by quarter and perpetrator', '2 November 2026');
    const a = renderPng(svg, 1200);
    const b = renderPng(svg, 1200);
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
  });
});
