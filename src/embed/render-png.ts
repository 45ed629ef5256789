import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { cachedPng } from '../lib/png-cache.ts';

/**
 * SVG → PNG with resvg, at build time. With the DejaVu files present (Debian: fonts-dejavu-core)
 * only they are loaded, so the bytes do not depend on what else a machine has installed.
 */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);
const haveDejavu = DEJAVU.every((f) => existsSync(f));

export function renderPng(svg: string, width: number): Buffer {
  // Cached by content hash (src/lib/png-cache.ts): an unchanged chart is not rasterised again.
  // Only with the DejaVu files: system fonts are not part of the key.
  return haveDejavu ? cachedPng(svg, width, DEJAVU, () => rasterise(svg, width)) : rasterise(svg, width);
}

function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: !haveDejavu,
      fontFiles: haveDejavu ? DEJAVU : [],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
