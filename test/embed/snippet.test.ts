import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixedHeight, fixedSnippet, LOADER_ATTRIBUTE, loaderSnippet } from '../../src/embed/snippet.ts';

const input = {
  src: 'https://example.org/embed/v1/killed/?theme=dark&width=600',
  loaderSrc: 'https://example.org/embed/v1/loader.js',
  title: 'Civilians "killed" <per quarter>',
  width: 600,
};

function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('embed snippets', () => {
  it('loader form: a marked iframe and an external async script, no inline code', () => {
    const doc = parse(loaderSnippet(input));
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(input.src);
    expect(iframe.getAttribute('title')).toBe(input.title);
    expect(iframe.hasAttribute(LOADER_ATTRIBUTE)).toBe(true);
    expect(iframe.getAttribute('style')).toContain('max-width:600px');
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(scripts[0]!.getAttribute('src')).toBe(input.loaderSrc);
    expect(scripts[0]!.textContent).toBe('');
  });

  it('fixed form: no script, a fixed height', () => {
    const html = fixedSnippet(input);
    expect(html).not.toContain('<script');
    const iframe = parse(html).querySelector('iframe')!;
    expect(iframe.hasAttribute(LOADER_ATTRIBUTE)).toBe(false);
    expect(Number(iframe.getAttribute('height'))).toBe(fixedHeight(600));
  });

  it('escapes the title and URL', () => {
    expect(loaderSnippet(input)).not.toContain('<per quarter>');
    expect(loaderSnippet(input)).toContain('&amp;width=600');
  });

  it('gives narrow frames more height per pixel of width', () => {
    expect(fixedHeight(320) / 320).toBeGreaterThan(fixedHeight(1000) / 1000);
    expect(fixedHeight(null)).toBeGreaterThan(300);
  });
});
