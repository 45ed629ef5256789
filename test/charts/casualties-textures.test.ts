import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CATEGORY_TEXTURES, textureId } from '../../src/charts/category-textures.ts';
import { casualtyGeometry } from '../../src/charts/casualties/geometry.ts';
import { casualtyLegend } from '../../src/charts/casualties/legend.ts';
import { casualtyRows, STACK_ORDER } from '../../src/charts/casualties/rows.ts';
import { casualtySvg } from '../../src/charts/casualties/svg.ts';
import { swatchSvg } from '../../src/charts/legend.ts';
import { pngFontOptions } from '../../src/embed/render-png.ts';
import { exact, q } from './helpers.ts';

/**
 * Colour is never the only carrier of meaning in the stacked bars: each category's segments carry
 * a texture (src/charts/category-textures.ts) in the drawing and in its key entry, inside the SVG
 * itself (so the SVG and PNG downloads keep it). Checked on the markup, and on resvg's pixels.
 */
const ALL_PARTS = STACK_ORDER.map((c, i) => q('2022-Q1', c, exact(40 + 10 * i)));
const g = casualtyGeometry(casualtyRows(ALL_PARTS, { measure: 'killed', category: null }), { layout: 'wide', base: '/' });
const svg = String(casualtySvg(g, { uid: 'tx', title: 'Every category', desc: 'Test.', layout: 'wide' }));

describe('category textures', () => {
  it('tell every stacked category apart by the shape of their marks, never by the derived hatch’s 45° lines', () => {
    const textured = STACK_ORDER.map((c) => CATEGORY_TEXTURES[c]);
    const names = textured.map((t) => t?.name ?? 'plain');
    expect(new Set(names).size).toBe(STACK_ORDER.length);
    expect(names.filter((n) => n === 'plain')).toHaveLength(1);
    for (const t of textured) {
      if (!t) continue;
      // Only horizontal and vertical strokes, and arcs (dots, rings): nothing diagonal like the hatch.
      expect(t.marks(t.tile, t.tile)).toMatch(/^(?:[Mm][\d.,-]+|[HhVv][\d.-]+|a[\d., -]+)+$/);
      // Marks lie inside the tile (nothing cut at a seam makes a stripe the reader could misread).
      for (const n of t.marks(t.tile, t.tile).match(/M(-?[\d.]+),(-?[\d.]+)/g)!.flatMap((m) => m.slice(1).split(',').map(Number))) {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(t.tile);
      }
    }
  });

  it('are drawn over each textured segment from a pattern in the chart’s own <defs>, and only for categories drawn', () => {
    const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.every((r) => ids.has(r)), 'every url(#…) resolves inside the SVG').toBe(true);
    for (const c of STACK_ORDER) {
      const segment = svg.match(new RegExp(`<g class="segment c-${c}"[^>]*>(.*?)</g>`))![1]!;
      if (CATEGORY_TEXTURES[c]) expect(segment).toContain(`class="texture"`), expect(segment).toContain(`fill="url(#${textureId('tx', c)})"`);
      else expect(segment).not.toContain('class="texture"');
    }
    const one = casualtyGeometry(casualtyRows([q('2022-Q1', 'community-militias', exact(5))], { measure: 'killed', category: null }), { layout: 'wide', base: '/' });
    const oneSvg = String(casualtySvg(one, { uid: 'o', title: 'One', desc: 'Test.', layout: 'wide' }));
    expect([...oneSvg.matchAll(/<pattern id="o-tex-([a-z-]+)"/g)].map((m) => m[1])).toEqual(['community-militias']);
  });

  it('appear in the key, drawn into each swatch (a key entry renders without the chart’s <defs>)', () => {
    const legend = casualtyLegend(g).filter((i) => i.category);
    expect(legend.map((i) => i.category)).toEqual([...STACK_ORDER]);
    for (const item of legend) {
      const t = CATEGORY_TEXTURES[item.category!];
      const marks = item.swatch.shapes.filter((s) => String(s.attrs.class ?? '').includes('texture-line'));
      expect(marks.map((m) => m.attrs.d)).toEqual(t ? [t.marks(14, 14)] : []);
      expect(String(swatchSvg(item.swatch))).not.toContain('url(');
    }
  });

  it('survive the PNG: resvg draws marks of two kinds inside segments of the same colour', () => {
    // Two categories painted one grey: only the textures can tell them apart in the pixels.
    const grey = svg.replace(/fill="#[0-9A-F]{6}"/g, (m) => (/#(?:FFFFFF|222222|5E5E5E|D9D9D9)/.test(m) ? m : 'fill="#777777"'));
    const png = new Resvg(grey, { fitTo: { mode: 'width', value: 720 }, font: pngFontOptions(), background: '#FFFFFF', logLevel: 'off' }).render();
    const pixels = png.pixels;
    const bar = g.bars[0]!;
    const colours = (c: string) => {
      const s = bar.segments.find((x) => x.category === c)!;
      const seen = new Set<string>();
      // A band inside the segment, clear of its edges and of the printed value in its middle.
      for (let y = Math.ceil(s.y + 1); y < Math.min(s.y + s.h - 1, s.y + 6); y++) {
        for (let x = Math.ceil(bar.x + 1); x < bar.x + bar.w - 1; x++) {
          const i = (y * png.width + x) * 4;
          seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
        }
      }
      return seen;
    };
    expect(colours('state-forces').size).toBe(1); // plain
    expect(colours('community-militias').size).toBeGreaterThan(1);
    expect(colours('signatory-armed-groups').size).toBeGreaterThan(1);
    // Horizontal lines: every pixel of a row is alike; vertical lines: rows repeat one another.
    const rowOf = (c: string, dy: number) => {
      const s = bar.segments.find((x) => x.category === c)!;
      const y = Math.ceil(s.y + 1) + dy;
      return Array.from({ length: Math.floor(bar.w - 2) }, (_, k) => pixels[(y * png.width + Math.ceil(bar.x + 1) + k) * 4]);
    };
    const rowsH = [0, 1, 2, 3, 4].map((dy) => new Set(rowOf('community-militias', dy)).size);
    const rowsV = [0, 1, 2, 3, 4].map((dy) => new Set(rowOf('signatory-armed-groups', dy)).size);
    expect(Math.max(...rowsH)).toBeLessThanOrEqual(2);
    expect(Math.min(...rowsV)).toBeGreaterThan(1);
  });
});
