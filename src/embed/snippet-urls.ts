import { embedPath, formatParams, LOADER_PATH, type EmbedParams } from './contract.ts';
import type { SnippetInput } from './snippet.ts';

/** The snippet input for a chart and options, from the site's absolute root URL (with base, trailing slash). */
export function snippetInput(siteRoot: string, chartId: string, title: string, params: EmbedParams): SnippetInput {
  const abs = (p: string) => new URL(p.replace(/^\//, ''), siteRoot).href;
  return {
    src: abs(embedPath(chartId)) + formatParams(params),
    loaderSrc: abs(LOADER_PATH),
    title,
    width: params.width,
  };
}
