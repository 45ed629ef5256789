import type { GeoProjection, GeoStream } from 'd3-geo';

/**
 * A projection for geoPath that rounds each projected point to the whole pixel and drops a point
 * that rounds to where the last one did. At the map's sizes (a 168–400 px wide Mali) most of the
 * boundary layer's points fall on a pixel already drawn; dropping them changes nothing a reader
 * can see and halves the SVG, which every chart page and embed of the map carries (issue 16).
 */
export function pixelProjection(projection: GeoProjection): { stream(out: GeoStream): GeoStream } {
  return {
    stream(out: GeoStream): GeoStream {
      let last: [number, number] | null = null;
      let first = true;
      const thinned: GeoStream = {
        point(x: number, y: number) {
          const p: [number, number] = [Math.round(x), Math.round(y)];
          if (!first && last && last[0] === p[0] && last[1] === p[1]) return;
          first = false;
          last = p;
          out.point(p[0], p[1]);
        },
        lineStart() {
          last = null;
          first = true;
          out.lineStart();
        },
        lineEnd() {
          out.lineEnd();
        },
        polygonStart() {
          out.polygonStart();
        },
        polygonEnd() {
          out.polygonEnd();
        },
        sphere() {
          out.sphere?.();
        },
      };
      return projection.stream(thinned);
    },
  };
}

/**
 * The same path with each line segment relative to the last point ("l1-2 3,0"): whole-pixel steps
 * are one or two digits where absolute coordinates are three, and repeat, so the boundary layer
 * compresses to about half. Takes what geoPath writes with digits(0): M, L and Z, whole numbers.
 */
export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let inLine = false;
  const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ','}${b}`;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'z';
      inLine = false;
      continue;
    }
    const [ax, ay] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'M') {
      out += `M${pair(ax, ay)}`;
      inLine = false;
    } else {
      const step = pair(ax - x, ay - y);
      out += inLine ? (step.startsWith('-') ? step : ` ${step}`) : `l${step}`;
      inLine = true;
    }
    x = ax;
    y = ay;
  }
  return out;
}
