import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesNewestFirst } from '../lib/records.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { url } from '../lib/url.ts';

/** The articles, newest first; dates are UTC midnight of the day added (no clock time: stable output). */
export function GET(context: APIContext) {
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site ?? 'https://example.org',
    trailingSlash: true,
    items: articlesNewestFirst.map((a) => ({
      title: a.title,
      description: a.summary,
      link: url(`/articles/${a.id}/`),
      pubDate: new Date(`${a.added}T00:00:00Z`),
    })),
    customData: '<language>en</language>',
  });
}
