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
});
