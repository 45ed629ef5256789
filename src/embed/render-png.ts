import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { cachedPng } from '../lib/png-cache.ts';

/**
 * SVG → PNG with resvg, at build time, with fonts shipped through npm (the `dejavu-fonts-ttf`
 * package, pinned in package-lock.json) and never the machine's: the same SVG gives the same bytes
 * on any machine, whatever fonts it has installed. Every family the SVGs name falls back to DejaVu
 * Sans, the only family loaded. test/embed/render-png.test.ts fails if a system font can be reached.
 */
const require = createRequire(import.meta.url);
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** Absolute paths of the font files, resolved in node_modules (a missing package is an install problem, not a fallback). */
export function pngFontFiles(): string[] {
  return FILES.map((f) => {
    try {
      return require.resolve(`dejavu-fonts-ttf/ttf/${f}`);
    } catch {
      throw new Error(`chart images: font file dejavu-fonts-ttf/ttf/${f} not found in node_modules; run \`npm install\` (the package is a devDependency)`);
    }
  });
}

export function pngFontOptions(): NonNullable<ResvgRenderOptions['font']> {
  return {
    loadSystemFonts: false,
    fontFiles: pngFontFiles(),
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
    serifFamily: 'DejaVu Sans',
    monospaceFamily: 'DejaVu Sans',
  };
}

export function renderPng(svg: string, width: number): Buffer {
  // Cached by content hash (src/lib/png-cache.ts): an unchanged chart is not rasterised again.
  // The key covers the font files' bytes and RENDER_OPTIONS, so a change to either renders anew.
  return cachedPng(`${RENDER_OPTIONS}\n${svg}`, width, pngFontFiles(), () => rasterise(svg, width));
}

/** Everything but the SVG and width that shapes the bytes; part of the cache key. */
const RENDER_OPTIONS = JSON.stringify({ background: '#FFFFFF', fit: 'width', font: { ...pngFontOptions(), fontFiles: FILES } });

function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: pngFontOptions(),
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
