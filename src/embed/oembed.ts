import { loaderSnippet } from './snippet.ts';

/**
 * An oEmbed 1.0 "rich" response (https://oembed.com/), served as a static file per chart. A static
 * host cannot read maxwidth/maxheight, so every consumer gets the same responsive snippet: its
 * iframe fills the column and the loader fits the height.
 */
export type OEmbedInput = {
  title: string;
  /** Absolute URLs. */
  embedSrc: string;
  loaderSrc: string;
  chartPageUrl: string;
  siteUrl: string;
  thumbnailUrl: string;
  thumbnailWidth: number;
  thumbnailHeight: number;
};

export const PROVIDER_NAME = 'Civilian harm in Mali';
/** Default frame size announced to consumers: the column width most CMSs use. */
export const OEMBED_WIDTH = 640;

export function buildOEmbed(input: OEmbedInput, height: number) {
  // Key order is fixed: the file is byte-identical from build to build.
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: PROVIDER_NAME,
    provider_url: input.siteUrl,
    author_name: PROVIDER_NAME,
    author_url: input.chartPageUrl,
    html: loaderSnippet({ src: input.embedSrc, loaderSrc: input.loaderSrc, title: input.title, width: null }),
    width: OEMBED_WIDTH,
    height,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: input.thumbnailWidth,
    thumbnail_height: input.thumbnailHeight,
  };
}
