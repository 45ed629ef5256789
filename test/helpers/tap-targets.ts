/**
 * Run in the page (page.evaluate): every visible control a finger must hit that is smaller than
 * 24 × 24 CSS px and not excused by WCAG 2.5.8 (target size, minimum). Excused: a link inside a
 * sentence (its size is set by the line of text around it), and an undersized target whose 24 px
 * circle, centred on it, touches no other target. Self-contained: Playwright serialises it.
 */
export function smallTapTargets(min = 24): string[] {
  const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden], [aria-hidden="true"]');
  };
  const targets = [...document.querySelectorAll(SELECTOR)].filter(visible);
  // A link in running text: inline, in a block whose text is longer than the link's own.
  const inSentence = (el: Element) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const own = (el.textContent ?? '').trim().length;
    return !!block && (block.textContent ?? '').replace(/\s+/g, ' ').trim().length > own + 2;
  };
  const rects = targets.map((el) => el.getBoundingClientRect());
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`;
  const out: string[] = [];
  targets.forEach((el, i) => {
    const r = rects[i]!;
    if ((r.width >= min && r.height >= min) || inSentence(el)) return;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    // The spacing exception: the 24 px circle around this target reaches no other target.
    const clash = rects.some((o, j) => {
      if (j === i || targets[j]!.contains(el) || el.contains(targets[j]!)) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return dx * dx + dy * dy < (min / 2) * (min / 2);
    });
    if (clash) out.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px`);
  });
  return out;
}
