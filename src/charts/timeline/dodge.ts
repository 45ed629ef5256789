/**
 * Moves the circles of one lane apart vertically so none hides another (a beeswarm): circles are
 * placed largest first, each at the free position nearest the lane's centre line. Incidents days
 * apart on a years-long axis would otherwise sit on top of each other. Pure and deterministic.
 * Returns each circle's vertical offset from the centre line (positive is down).
 */
export function dodge(circles: readonly { id: string; x: number; r: number }[], gap = 1.5): Map<string, number> {
  const order = [...circles].sort((a, b) => b.r - a.r || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: { x: number; r: number; dy: number }[] = [];
  const out = new Map<string, number>();
  for (const c of order) {
    const near = placed.filter((p) => Math.abs(p.x - c.x) < p.r + c.r + gap);
    const free = (dy: number) => near.every((p) => (p.x - c.x) ** 2 + (p.dy - dy) ** 2 >= (p.r + c.r + gap) ** 2 - 1e-6);
    // The free spots nearest the centre touch a placed circle: try those, nearest first.
    const candidates = [0];
    for (const p of near) {
      const h = Math.sqrt((p.r + c.r + gap) ** 2 - (p.x - c.x) ** 2);
      candidates.push(p.dy + h, p.dy - h);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
    const dy = candidates.find(free)!;
    placed.push({ x: c.x, r: c.r, dy });
    out.set(c.id, dy);
  }
  return out;
}
