import { describe, expect, it } from 'vitest';
import { code, table, text } from '../../../src/tools/data-diff/markdown.ts';

describe('Markdown escaping of content', () => {
  it('keeps table cells whole: pipes, newlines', () => {
    expect(text('a | b\n| c')).toBe('a \\| b \\| c');
    expect(table(['x'], [[text('one\ntwo')]])).toEqual(['| x |', '|---|', '| one two |']);
  });

  it('turns HTML and entities into literal text', () => {
    expect(text('<img src=x onerror=alert(1)> &lt;b&gt;')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;');
  });

  it('stops backticks, emphasis and links from opening', () => {
    expect(text('`code` *em* _em_ [link](http://x) ~~s~~ \\')).toBe('\\`code\\` \\*em\\* \\_em\\_ \\[link\\](http://x) \\~\\~s\\~\\~ \\\\');
  });

  it('stops a leading #, list marker or number from starting a block', () => {
    expect(text('# Heading')).toBe('\\# Heading');
    expect(text('- item')).toBe('\\- item');
    expect(text('+ item')).toBe('\\+ item');
    expect(text('1. item')).toBe('1\\. item');
    expect(text('  ## after spaces')).toBe('\\## after spaces');
    // Only at the start: a hyphen inside text stays as it is.
    expect(text('2022-Q1 well-known')).toBe('2022-Q1 well-known');
  });

  it('puts ids in code spans that content cannot close, with pipes escaped for tables', () => {
    expect(code('moura-2022-03')).toBe('`moura-2022-03`');
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('a|b')).toBe('`a\\|b`');
  });
});
