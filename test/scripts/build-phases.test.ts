import { describe, expect, it } from 'vitest';
import { buildPhases, reusedPages } from '../../scripts/bench/phases.ts';

// Astro's page lines, as its logger writes them: a tree mark, the file, then "(+N ms)" for a page
// it rendered or "(cached)"/"(restored)" for one it copied from its incremental cache. CI runners
// set FORCE_COLOR, so the same lines arrive wrapped in colour codes (picocolors' green and dim);
// the incremental-build test failed in CI because it matched only the plain form.
const green = (s: string) => `\x1b[32m${s}\x1b[39m`;
const dim = (s: string) => `\x1b[2m${s}\x1b[22m`;
const lines = (colour: boolean) => {
  const g = colour ? green : (s: string) => s;
  const d = colour ? dim : (s: string) => s;
  return [
    '14:02:11 ▶ src/pages/articles/[slug].astro',
    `  ${g('├─')} ${d('/articles/a/index.html')} ${d('(+12ms)')}`,
    `  ${g('├─')} ${d('/articles/b/index.html')} ${g('(cached)')}`,
    `  ${g('└─')} ${d('/articles/c/index.html')} ${g('(restored)')}`,
    'Data built (3 articles) in 420 ms',
    'Pagefind indexed 3 pages in 1500 ms',
  ].join('\n');
};

describe('reading a build log', () => {
  for (const colour of [false, true]) {
    it(`finds the reused and rendered pages ${colour ? 'in a coloured log (FORCE_COLOR)' : 'in a plain log'}`, () => {
      expect([...reusedPages(lines(colour))]).toEqual(['/articles/b/index.html', '/articles/c/index.html']);
      const phases = buildPhases(lines(colour));
      expect(phases).toMatchObject({ rendered: 1, reused: 2, dataMs: 420, pagefindMs: 1500 });
    });
  }

  it("reads Pagefind's time when the index was copied from the cache (scripts/search/index-site.ts)", () => {
    expect(buildPhases('Pagefind indexed dist in 812 ms (no page changed: the previous index, copied from the cache).').pagefindMs).toBe(812);
  });

  it('finds nothing in a log with no page lines', () => {
    expect(reusedPages('Data built (3 articles) in 420 ms').size).toBe(0);
    expect(buildPhases('').rendered).toBe(0);
  });
});
