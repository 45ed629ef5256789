import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A content-hash cache for the build's PNGs (chart downloads, Open Graph cards): rasterising a
 * chart with resvg takes from a tenth of a second to several seconds, and most charts are the
 * same from one build to the next. The key is the sha256 of everything the image is made from:
 * the SVG markup, the width, resvg's version and the bytes of the font files; resvg is
 * deterministic, so a hit gives the very bytes it would render. Entries live in
 * node_modules/.cache/png/ of the project being built (each project copy has its own); each is
 * written beside itself and renamed, so a build running alongside never reads half a file.
 * `MALI_PNG_CACHE=off` turns it off.
 */
const DIR = path.resolve('node_modules/.cache/png');
const enabled = process.env.MALI_PNG_CACHE !== 'off';
let salt: string | null = null;

function saltOf(fontFiles: readonly string[]): string {
  if (salt === null) {
    const h = createHash('sha256');
    h.update(`resvg ${resvgVersion()}\0`);
    for (const f of fontFiles) h.update(readFileSync(f));
    salt = h.digest('hex');
  }
  return salt;
}

function resvgVersion(): string {
  try {
    return (createRequire(path.resolve('package.json'))('@resvg/resvg-js/package.json') as { version: string }).version;
  } catch {
    return readFileSync(path.resolve('package-lock.json'), 'utf8'); // the lockfile pins it
  }
}

/** The PNG for `svg` at `width`: from the cache, or rendered by `render` and stored. */
export function cachedPng(svg: string, width: number, fontFiles: readonly string[], render: () => Buffer): Buffer {
  if (!enabled) return render();
  const key = createHash('sha256').update(`${saltOf(fontFiles)}\0${width}\0`).update(svg).digest('hex');
  const file = path.join(DIR, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet.
  }
  const png = render();
  try {
    mkdirSync(DIR, { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return png;
}
