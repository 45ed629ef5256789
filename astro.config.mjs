// @ts-check
import { defineConfig } from 'astro/config';

// The public address the site is served from: canonical URLs, the sitemap, RSS and embed snippets use it.
const site = process.env.SITE_URL ?? 'https://mali-civilian-harm.github.io';

export default defineConfig({
  site,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
