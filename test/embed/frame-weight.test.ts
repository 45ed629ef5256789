import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { sitePages } from '../helpers/site-pages.ts';

/**
 * The chart frame's weight does not grow with the archive (issue 16): everything on a chart page or
 * an embed except the chart's own drawings (the kind's SVGs, src/charts/<kind>/svg.ts) stays within
 * a fixed budget, compressed: sources are summarised in one line, the table is capped, no second
 * chart is hidden in the page. Run on a synthetic site with DIST_DIR=<its dist>.
 */
// Chart pages: 12 KB since the numbers table (capped at 60 rows) names each row's sources (the map's frame is 9.4 KB today).
const FRAME_BUDGET = { chartPage: 12 * 1024, embed: 3 * 1024 };
const DRAWING = /<svg\b[^>]*class="[^"]*\bchart-svg\b[\s\S]*?<\/svg>/g;
const dist = distDir();
const pages = sitePages(dist);
const frameBytes = (file: string) => gzipSync(readFileSync(file, 'utf8').replace(DRAWING, ''), { level: 9 }).length;

describe('chart frame weight, without the drawings', () => {
  const chartPages = pages.filter((p) => /^\/charts\/[^/]+\/$/.test(p.route));
  const embeds = pages.filter((p) => /^\/embed\/v1\/[^/]+\/$/.test(p.route));

  it('finds chart pages and embeds, each with exactly two drawings (wide and narrow)', () => {
    expect(chartPages.length).toBeGreaterThan(0);
    expect(embeds.length).toBe(chartPages.length);
    for (const p of [...chartPages, ...embeds]) expect([1, 2], `${p.route}: one drawing (a fluid kind, such as the timeline) or two (wide and narrow)`).toContain(readFileSync(p.file, 'utf8').match(DRAWING)?.length);
  });

  it(`chart pages: at most ${FRAME_BUDGET.chartPage} bytes gzip`, () => {
    const over = chartPages.map((p) => [p.route, frameBytes(p.file)] as const).filter(([, b]) => b > FRAME_BUDGET.chartPage);
    expect(over).toEqual([]);
  });

  it(`embeds: at most ${FRAME_BUDGET.embed} bytes gzip`, () => {
    const over = embeds.map((p) => [p.route, frameBytes(p.file)] as const).filter(([, b]) => b > FRAME_BUDGET.embed);
    expect(over).toEqual([]);
  });
});
