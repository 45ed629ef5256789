import { describe, expect, it } from 'vitest';
import { sentenceHunks, sentences } from '../../../src/tools/data-diff/sentences.ts';

describe('sentences of rendered text', () => {
  it('strips tags (attributes included), decodes entities and splits at sentence and block ends', () => {
    const html = '<h2>Tolls</h2>\n<p>The UN counts <data value="x" title="Rule: a. b.">at least 500</data> killed. Army &amp; police &#8220;deny&#8221; it!</p><ul><li>One</li><li>Two</li></ul>';
    expect(sentences(html)).toEqual(['Tolls', 'The UN counts at least 500 killed.', 'Army & police “deny” it!', 'One', 'Two']);
  });

  it('keeps what both versions share out of the hunks, and pairs what changed', () => {
    expect(sentenceHunks(['A.', 'B.', 'C.'], ['A.', 'B2.', 'C.', 'D.'])).toEqual([
      { before: ['B.'], after: ['B2.'] },
      { before: [], after: ['D.'] },
    ]);
    expect(sentenceHunks(['A.'], ['A.'])).toEqual([]);
    expect(sentenceHunks(['A.', 'B.'], [])).toEqual([{ before: ['A.', 'B.'], after: [] }]);
  });
});
