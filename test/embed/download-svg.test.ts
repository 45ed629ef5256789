import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeDownloadSvg, resolveCssVars, viewBoxSize, xmlSafeAttributes } from '../../src/embed/download-svg.ts';
import { renderPng } from '../../src/embed/render-png.ts';
import { wrapText } from '../../src/embed/wrap-text.ts';

const chart =
  '<svg class="chart" viewBox="0 0 720 380" role="img" aria-labelledby="t"><rect x="10" y="10" width="100" height="200" fill="var(--cat-state-forces, #0072B2)"/><text x="5" y="370" fill="var(--chart-ink, #222222)">Q1 2021</text></svg>';
const meta = {
  title: 'Civilians killed per quarter, by perpetrator category',
  takeaway: 'State forces were named as perpetrators in most reported killings in 2022.',
  source: 'Source: MINUSMA quarterly notes on human rights trends.',
  credit: 'Civilian harm in Mali · https://example.org/charts/killed/',
  updated: 'Data last updated 2 November 2026',
};

describe('download SVG', () => {
  it('resolves CSS variables to their fallbacks', () => {
    expect(resolveCssVars('fill="var(--a, #fff)" stroke="var(--b, var(--c, red))"')).toBe('fill="#fff" stroke="red"');
  });

  it('survives text with markup characters in attributes (valid XML for resvg)', () => {
    const hostile = '<svg viewBox="0 0 100 50" aria-label="a > b <script>x</script>"><rect width="10" height="10" data-tip="<b>&quot;"/></svg>';
    expect(xmlSafeAttributes(hostile)).toBe(
      '<svg viewBox="0 0 100 50" aria-label="a &gt; b &lt;script&gt;x&lt;/script&gt;"><rect width="10" height="10" data-tip="&lt;b&gt;&quot;"/></svg>',
    );
    expect(viewBoxSize(hostile)).toEqual({ width: 100, height: 50 });
    const png = renderPng(composeDownloadSvg(hostile, { ...meta, title: 'A <title> & "quotes"' }), 1200);
    expect(png.readUInt32BE(16)).toBe(1200);
  });

  it('reads the chart size from the viewBox', () => {
    expect(viewBoxSize(chart)).toEqual({ width: 720, height: 380 });
  });

  it('wraps long text', () => {
    const lines = wrapText('word '.repeat(100), 400, 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(400 / 11));
  });

  it('frames the chart with title, source and credit as text, with xmlns and no CSS variables', () => {
    const svg = composeDownloadSvg(chart, meta);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"')).toBe(true);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('Civilians killed per quarter');
    expect(svg).toContain('Source: MINUSMA');
    expect(svg).toContain('https://example.org/charts/killed/');
    expect(svg).toContain('#0072B2');
  });

  it('renders PNGs at 1200 and 2400 px wide, byte-identical across runs', () => {
    const svg = composeDownloadSvg(chart, meta);
    const png = renderPng(svg, 1200);
    const png2 = renderPng(svg, 2400);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png2.readUInt32BE(16)).toBe(2400);
    const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(hash(renderPng(svg, 1200))).toBe(hash(png));
  });
});
