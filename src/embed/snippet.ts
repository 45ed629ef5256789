import { escapeHtml } from './html.ts';

/**
 * The two snippets a journalist can paste. Both are plain markup: no inline script, so they survive
 * CMSs that strip scripts (the fixed one) and hosts with a strict CSP that allow our origin (the loader).
 */
export type SnippetInput = {
  /** Absolute embed URL, with its query parameters. */
  src: string;
  /** Absolute URL of the loader script. */
  loaderSrc: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** The layout width asked for, or null for "fill the column". */
  width: number | null;
};

/** The attribute the loader looks for: only iframes carrying it are resized. */
export const LOADER_ATTRIBUTE = 'data-mali-harm-embed';

/**
 * A fixed height that fits the chart with its title, takeaway and credit at the given width without
 * a scrollbar in most cases; the loader replaces it with the exact height.
 */
export function fixedHeight(width: number | null): number {
  const w = width ?? 640;
  // Narrow frames wrap the text onto more lines and draw the chart taller relative to its width.
  const chart = Math.round(Math.min(w, 1000) * (w < 500 ? 0.8 : 0.5));
  const text = w < 500 ? 300 : 230;
  return chart + text;
}

// Scripts in the frame (height, theme) and new-tab links to the chart page; no top navigation, no forms.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function iframe(input: SnippetInput, withLoader: boolean): string {
  const style = `width:100%;${input.width ? `max-width:${input.width}px;` : ''}border:0;`;
  const attrs = [
    `src="${escapeHtml(input.src)}"`,
    `title="${escapeHtml(input.title)}"`,
    `height="${fixedHeight(input.width)}"`,
    `style="${style}"`,
    `loading="lazy"`,
    `sandbox="${SANDBOX}"`,
    ...(withLoader ? [LOADER_ATTRIBUTE] : []),
  ];
  return `<iframe ${attrs.join(' ')}></iframe>`;
}

/** The iframe plus the loader, which sets the iframe's height to its content's. */
export function loaderSnippet(input: SnippetInput): string {
  return `${iframe(input, true)}\n<script src="${escapeHtml(input.loaderSrc)}" async></script>`;
}

/** The iframe alone, at a fixed height: for CMSs that strip scripts. */
export function fixedSnippet(input: SnippetInput): string {
  return iframe(input, false);
}
