// Progressive enhancement for the build-time SVG charts: tooltips on hover, focus and tap (a second
// tap, or the link in the tooltip, follows the mark's link), arrow-key movement between marks (one
// tab stop per chart), and the perpetrator filter of charts that hold it in the query
// (?perpetrator=…). The controls themselves are links in the HTML from the build: this script never
// inserts anything above the chart, so it moves nothing (no layout shift). Everything it shows is
// already in the page (aria-labels, table): without it nothing is lost.

import { STATE_EVENT, type StateDetail } from './state-event.ts';

const MARKS = '.chart-mark, .actor-mark';

type Tip = { show(el: Element, withLink: boolean): void; hide(): void; readonly el: HTMLElement };

function tooltip(canvas: HTMLElement): Tip {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true'); // the mark's own aria-label is what is read
  canvas.append(tip);
  return {
    el: tip,
    show(el, withLink) {
      // The mark's own accessible name is its tooltip: one text, not a copy of it in every drawing.
      tip.textContent = el.getAttribute('aria-label');
      const href = el.getAttribute('href');
      if (withLink && href) {
        // For touch: the mark's own link, visible and big enough to tap. Keyboard users press Enter on the mark.
        const a = document.createElement('a');
        a.className = 'chart-tip-link';
        a.href = href;
        a.tabIndex = -1;
        a.textContent = /\/quarters\/[^/]+\/$/.test(href) ? 'Open this quarter’s page →' : 'Open its page →';
        tip.append(document.createElement('br'), a);
      }
      tip.classList.toggle('has-link', withLink && !!href);
      tip.hidden = false;
      const box = canvas.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const left = Math.min(Math.max(0, r.left - box.left + r.width / 2 - tip.offsetWidth / 2), box.width - tip.offsetWidth);
      tip.style.left = `${Math.max(0, left)}px`;
      tip.style.top = `${Math.max(0, r.top - box.top - tip.offsetHeight - 6)}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}

function enhanceSvg(svg: SVGSVGElement, canvas: HTMLElement): void {
  const marks = [...svg.querySelectorAll<SVGElement>(MARKS)];
  if (!marks.length) return;
  const tip = tooltip(canvas);
  let pointer = '';
  let tapped: Element | null = null;
  const hide = () => {
    tapped = null;
    tip.hide();
  };
  svg.addEventListener('pointerdown', (e) => (pointer = e.pointerType));
  marks.forEach((m, i) => {
    m.setAttribute('tabindex', i === 0 ? '0' : '-1');
    m.addEventListener('pointerenter', (e) => e.pointerType !== 'touch' && tip.show(m, false));
    m.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && tapped !== m && tip.hide());
    m.addEventListener('focus', () => tapped !== m && tip.show(m, false));
    m.addEventListener('blur', () => tapped !== m && tip.hide());
    m.addEventListener('click', (e) => {
      // A tap shows the tooltip first; a second tap on the same mark follows its link.
      // detail 0: a click from the keyboard (Enter), which follows the link at once.
      if (e.detail === 0 || pointer !== 'touch' || tapped === m) return;
      e.preventDefault();
      tapped = m;
      tip.show(m, true);
    });
  });
  // A tap anywhere else closes a tapped tooltip.
  document.addEventListener('pointerdown', (e) => {
    const t = e.target as Node;
    if (tapped && !tapped.contains(t) && !tip.el.contains(t)) hide();
  });
  svg.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return hide();
    const live = marks.filter((m) => !m.classList.contains('is-dim'));
    const at = live.indexOf(e.target as SVGElement);
    if (at < 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -at, End: live.length - 1 - at };
    if (!(e.key in step)) return;
    e.preventDefault();
    const next = live[Math.min(Math.max(at + step[e.key]!, 0), live.length - 1)]!;
    marks.forEach((m) => m.setAttribute('tabindex', m === next ? '0' : '-1'));
    next.focus();
  });
}

/** The perpetrator filter held in the query: read it on load, apply it, and keep the address, menu and citation in step. */
function enhanceQueryFilter(fig: HTMLElement): void {
  const param = fig.dataset.filterParam;
  if (!param) return;
  const values = new Set((fig.dataset.filterValues ?? '').split(' ').filter(Boolean));
  const apply = (value: string) => {
    fig.querySelectorAll<Element>('[data-category]').forEach((el) => {
      el.classList.toggle('is-dim', value !== '' && el.getAttribute('data-category') !== value);
    });
    fig.querySelectorAll<HTMLAnchorElement>('a[data-filter-value]').forEach((a) => {
      if (a.dataset.filterValue === value) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    const query = value ? `?${param}=${encodeURIComponent(value)}` : '';
    fig.querySelectorAll<HTMLAnchorElement>('a[data-state-link]').forEach((a) => (a.search = query));
    fig.querySelectorAll<HTMLElement>('[data-state-text]').forEach((t) => {
      const u = new URL(t.dataset.stateBase ?? (t.dataset.stateBase = t.textContent ?? ''));
      u.search = query;
      t.textContent = u.href;
    });
    document.dispatchEvent(new CustomEvent<StateDetail>(STATE_EVENT, { detail: { chart: fig.dataset.chart ?? '', query } }));
  };
  const read = () => {
    const v = new URLSearchParams(window.location.search).get(param) ?? '';
    return values.has(v) ? v : '';
  };
  fig.querySelectorAll<HTMLAnchorElement>('a[data-filter-value]').forEach((a) => {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const value = a.dataset.filterValue ?? '';
      const u = new URL(window.location.href);
      if (value) u.searchParams.set(param, value);
      else u.searchParams.delete(param);
      history.replaceState(history.state, '', u);
      apply(value);
    });
  });
  const start = read();
  if (start) apply(start);
}

document.querySelectorAll<HTMLElement>('.chart').forEach((fig) => {
  if (fig.dataset.enhanced) return;
  fig.dataset.enhanced = '1';
  const canvas = fig.querySelector<HTMLElement>('.chart-canvas');
  if (!canvas) return;
  canvas.querySelectorAll<SVGSVGElement>('svg.chart-svg').forEach((svg) => enhanceSvg(svg, canvas));
  enhanceQueryFilter(fig);
});
