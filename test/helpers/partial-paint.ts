import type { Page } from 'playwright-core';

// A browser paints a long page before it has read all of it, and paints again as more arrives.
// Whatever it has painted must stay where it is: a box that moves when later markup arrives is a
// layout shift a reader on a slow link sees (and Chrome counts). These checks cut a loaded page
// down to the partial states a reader can be shown and measure them against the whole page.
//
// Why not load the page on a slowed CPU and count shifts: the parser pauses anywhere, even inside
// an element (an empty tag painted, then its text), so such a test both misses real shifts and
// reports ones no stylesheet can prevent; it failed CI on a shift of 0.00002 that way. Cutting is
// deterministic: the same page gives the same answer on any machine, at any load.

/**
 * Cuts the page after each element within `depth` levels of `root` (in document order: everything
 * after it is removed, as if not yet read) and reports every box of those levels that is then
 * anywhere else than on the whole page. Inline boxes are left out (text flowing on as words
 * arrive is not a layout shift of the page), and so are boxes of at most 1 × 1 px (text kept for
 * screen readers only, which no one sees move). One line per box and cut; empty when nothing moves.
 * A page without `root` gives nothing to check (an embed has no site header).
 * Measures the page as loaded (scripts run), so measure it last: the cut copies lose listeners.
 */
export async function partialPaintMoves(page: Page, root: string, depth = 3): Promise<string[]> {
  return page.evaluate(
    ({ root, depth }) => {
      let top = document.querySelector(root);
      if (!top) return [];
      const original = top;
      const pristine = top.cloneNode(true) as Element;
      const levels = Array.from({ length: depth }, (_, i) => ':scope' + ' > *'.repeat(i + 1)).join(', ');
      const pathOf = (el: Element, base: Element) => {
        const steps: number[] = [];
        for (let e = el; e !== base; e = e.parentElement!) steps.unshift([...e.parentElement!.children].indexOf(e));
        return steps.join('.');
      };
      const describe = (el: Element) => {
        const cls = typeof el.className === 'string' ? el.className.trim() : '';
        return el.tagName.toLowerCase() + (cls ? '.' + cls.split(/\s+/).join('.') : '');
      };
      const measure = (base: Element) => {
        const boxes = new Map<string, { x: number; y: number; name: string }>();
        for (const el of base.querySelectorAll(levels)) {
          const display = getComputedStyle(el).display;
          const r = el.getBoundingClientRect();
          if (display === 'inline' || display === 'contents' || display === 'none' || (r.width <= 1 && r.height <= 1)) continue;
          boxes.set(pathOf(el, base), { x: r.left + scrollX, y: r.top + scrollY, name: describe(el) });
        }
        return boxes;
      };
      const whole = measure(top);
      const moves: string[] = [];
      for (const [cut, last] of whole) {
        const copy = pristine.cloneNode(true) as Element;
        top.replaceWith(copy);
        top = copy;
        let el: Element = top;
        for (const i of cut.split('.').map(Number)) el = el.children[i]!;
        for (let n: Node = el; n !== top; n = n.parentNode!) while (n.nextSibling) n.nextSibling.remove();
        for (const [at, box] of measure(top)) {
          const w = whole.get(at);
          if (!w || (Math.abs(w.x - box.x) <= 0.5 && Math.abs(w.y - box.y) <= 0.5)) continue;
          moves.push(`${box.name} (${root} > ${at}) sits ${(box.x - w.x).toFixed(1)} px across, ${(box.y - w.y).toFixed(1)} px down from its place while the page is read up to ${last.name} (${cut})`);
        }
      }
      top.replaceWith(original);
      return moves;
    },
    { root, depth },
  );
}

/**
 * The same for record tables and facts lists, whose rows lie deeper than those cuts reach: every
 * table cut to its first row and then to its header alone, every facts list to its first fact.
 * Each column's left edge and width (relative to its table or list) must stay where the whole page
 * has it: when column widths followed the rows read so far, tables jumped as rows arrived (CLS
 * 0.02–0.09 on the incident lists and figure tables; once in CI). Changes the page: measure it last.
 */
export async function partialTableMoves(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Columns = Map<string, [number, number]>;
    const tables = [...document.querySelectorAll<HTMLTableElement>('table.stack-table')];
    const lists = [...document.querySelectorAll<HTMLDListElement>('dl.facts')];
    const measure = (): Columns => {
      const out: Columns = new Map();
      tables.forEach((table, t) => {
        const box = table.getBoundingClientRect();
        out.set(`table ${t + 1} (${table.className}): width`, [0, box.width]);
        table.querySelectorAll('thead th').forEach((th, c) => {
          const r = th.getBoundingClientRect();
          out.set(`table ${t + 1} (${table.className}): column ${c + 1} “${th.textContent?.trim()}”`, [r.left - box.left, r.width]);
        });
      });
      lists.forEach((dl, l) => {
        const box = dl.getBoundingClientRect();
        const [dt, dd] = [dl.querySelector('dt'), dl.querySelector('dd')];
        if (!dt || !dd) return;
        const [a, b] = [dt.getBoundingClientRect(), dd.getBoundingClientRect()];
        out.set(`facts list ${l + 1}: label “${dt.textContent?.trim()}”`, [a.left - box.left, a.width]);
        out.set(`facts list ${l + 1}: value`, [b.left - box.left, b.width]);
      });
      return out;
    };
    const whole = measure();
    const moves: string[] = [];
    const compare = (state: string) => {
      for (const [key, [left, width]] of measure()) {
        const [wholeLeft, wholeWidth] = whole.get(key)!;
        if (Math.abs(left - wholeLeft) > 0.5 || Math.abs(width - wholeWidth) > 0.5) {
          moves.push(`${key}, ${state}: at ${left.toFixed(1)} px, ${width.toFixed(1)} px wide; whole page: at ${wholeLeft.toFixed(1)}, ${wholeWidth.toFixed(1)} wide`);
        }
      }
    };
    const rows = (table: HTMLTableElement) => [...table.tBodies].flatMap((b) => [...b.rows]);
    for (const table of tables) rows(table).slice(1).forEach((r) => r.remove());
    for (const dl of lists) [...dl.children].slice(2).forEach((e) => e.remove());
    compare('with one row or fact read');
    for (const table of tables) rows(table).forEach((r) => r.remove());
    compare('with only the table header read');
    return moves;
  });
}
