import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildOEmbed } from '../../src/embed/oembed.ts';

describe('oEmbed response', () => {
  const out = buildOEmbed(
    {
      title: 'Civilians killed',
      embedSrc: 'https://example.org/embed/v1/killed/',
      loaderSrc: 'https://example.org/embed/v1/loader.js',
      chartPageUrl: 'https://example.org/charts/killed/',
      siteUrl: 'https://example.org/',
      thumbnailUrl: 'https://example.org/downloads/killed.png',
      thumbnailWidth: 1200,
      thumbnailHeight: 900,
    },
    560,
  );

  it('is a rich oEmbed 1.0 response with the required fields', () => {
    expect(out.version).toBe('1.0');
    expect(out.type).toBe('rich');
    expect(out.width).toBeGreaterThan(0);
    expect(out.height).toBe(560);
    expect(out.provider_name).toBeTruthy();
    expect(out.author_url).toBe('https://example.org/charts/killed/');
  });

  it('embeds the iframe snippet', () => {
    const doc = parseHTML(`<html><body>${out.html}</body></html>`).document;
    expect(doc.querySelector('iframe')!.getAttribute('src')).toBe('https://example.org/embed/v1/killed/');
  });
});
