import { parseParams } from './contract.ts';
import { heightMessage } from './protocol.ts';

/**
 * Runs inside the embed (bundled into a file by Astro: no inline script). It applies the URL's
 * theme and width, and tells the host page its height. It reads nothing from the parent and sends
 * nothing but the height; the chart itself is already in the HTML, so without this script the
 * embed still shows everything, in the reader's own colour scheme and at the frame's width.
 */
export function applyParams(root: HTMLElement, search: string): void {
  const params = parseParams(search);
  if (params.theme !== 'auto') root.dataset.theme = params.theme;
  // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
  if (params.width !== null) root.style.setProperty('--layout-width', `${params.width}px`);
}

export function contentHeight(root: HTMLElement): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

/** Posts the height on load, whenever the content's size changes, and a few times after in case the loader arrived late. */
export function reportHeight(win: Window): void {
  if (win.parent === win) return;
  const root = win.document.documentElement;
  let last = -1;
  const post = (force: boolean) => {
    const h = contentHeight(root);
    if (!force && h === last) return;
    last = h;
    // '*': the embed cannot know its host; the message carries nothing but the height.
    win.parent.postMessage(heightMessage(h), '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  for (const ms of [300, 1500, 5000]) win.setTimeout(() => post(true), ms);
}
