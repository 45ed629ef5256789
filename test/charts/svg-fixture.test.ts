import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyRows } from '../../src/charts/casualties/rows.ts';
import { casualtySvg } from '../../src/charts/casualties/svg.ts';
import { SMALL } from './helpers.ts';

/**
 * The casualties kind's SVG markup (the string every page, embed and download uses), compared with
 * a committed SVG. The expected file is only ever written by hand: `UPDATE_CHART_FIXTURE=1 npm run
 * test:vitest -- test/charts/svg-fixture.test.ts`, then review the diff.
 */
const EXPECTED = path.join(import.meta.dirname, 'fixtures/casualties-small.svg');

/** Numbers to one decimal, one element per line. */
export function normaliseSvg(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/>\s*</g, '>\n<')
      .trim() + '\n'
  );
}

describe('casualties SVG', () => {
  it('matches the committed fixture for a small input', () => {
    const g = casualtyGeometry(casualtyRows(SMALL, { measure: 'killed', category: null }), { layout: 'wide', base: '/' });
    const actual = normaliseSvg(casualtySvg(g, { uid: 'fx', title: 'Civilians killed', desc: 'A small test chart.', layout: 'wide' }));
    // Self-contained: namespace, size and viewBox on the root, no CSS variables needed to render.
    expect(actual).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="720" height="380" viewBox="0 0 720 380"/);
    expect(actual).not.toContain('var(');
    if (process.env.UPDATE_CHART_FIXTURE === '1') writeFileSync(EXPECTED, actual);
    expect(existsSync(EXPECTED), `missing ${EXPECTED}: create it by hand (see the comment above)`).toBe(true);
    expect(actual).toBe(readFileSync(EXPECTED, 'utf8'));
  });
});
