// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address the site is served from: canonical URLs, the sitemap, RSS and embed snippets use it.
const site = process.env.SITE_URL ?? 'https://mali-civilian-harm.github.io';

export default defineConfig({
  site,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Stylesheets and scripts stay files, never inlined: the Content-Security-Policy is default-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap()],
  // A rebuild copies every page whose getStaticPaths gave a cacheKey that, with the page's code,
  // is unchanged since the previous build, from the cache under node_modules/.astro
  // (src/lib/cache-key.ts; docs/performance.md, "How a rebuild works"). A clean clone has no cache
  // and renders everything. Pages are rendered one at a time (build.concurrency stays 1).
  experimental: { incrementalBuild: true },
});
