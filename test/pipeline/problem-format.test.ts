import { describe, expect, it } from 'vitest';
import { escapeControls, formatGithub, formatProblem, type Problem } from '../../src/pipeline/problem.ts';

const problem = (over: Partial<Problem>): Problem => ({
  severity: 'error', file: 'content/articles/a.md', line: 3, column: 5, field: 'title', message: 'm', expected: null, found: null, hint: null, ...over,
});

describe('control characters from content', () => {
  it('are shown as visible escapes, never sent', () => {
    expect(escapeControls('a\rb\nc\td\u0000e\u001b[2Jf\u007fg\u0085h\u009bi\u202ej\u2066k')).toBe('a\\rb\\nc\\td\\x00e\\x1B[2Jf\\x7Fg\\x85h\\x9Bi\\u202Ej\\u2066k');
    expect(escapeControls('Tombouctou, région — “quoted” 100%')).toBe('Tombouctou, région — “quoted” 100%');
  });

  it('cannot forge a line in the terminal format', () => {
    const text = formatProblem(problem({ file: 'content/articles/x\r.md', found: '"jnim\\r\nContent is valid"', hint: '\u001b[2J' }));
    expect(text).toBe('content/articles/x\\r.md:3:5  error  title: m\n    found:    "jnim\\r\\nContent is valid"\n    hint:     \\x1B[2J');
  });
});

describe('GitHub annotations', () => {
  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    const p = problem({ file: 'content/articles/a,b:c%.md', field: 'incidents[0].perpetrators[0]', message: 'unknown actor "x\r::error file=y::forged"', expected: '50%', hint: 'one, two: three' });
    expect(formatGithub(p)).toBe(
      '::error file=content/articles/a%2Cb%3Ac%25.md,line=3,col=5,title=incidents[0].perpetrators[0]::unknown actor "x\\r::error file=y::forged" | expected: 50%25 | hint: one, two: three',
    );
  });

  it('puts every annotation on one line, whatever the content', () => {
    const p = problem({ message: 'a\nb', found: 'c\r\nd', hint: '\u2028e' });
    expect(formatGithub(p).split('\n')).toHaveLength(1);
    expect(formatGithub(p)).toBe('::error file=content/articles/a.md,line=3,col=5,title=title::a\\nb | found: c\\r\\nd | hint: \\u2028e');
  });

  it('omits line and column when the problem has none', () => {
    expect(formatGithub(problem({ line: null, column: null, severity: 'warning' }))).toBe('::warning file=content/articles/a.md,title=title::m');
  });
});
