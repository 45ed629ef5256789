import type { ParsedFile } from './front-matter.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';

/**
 * Numbers YAML can read but no source states: `.nan`, `.inf`, `-.inf`, `-0`, and integers too
 * large to be held exactly (12345678901234567890 reads as …67000). Checked on every number of the
 * front matter, whatever its field, before the schema, so none can reach a chart or a download.
 * Returns the problems and the fields they are on (the schema's own, vaguer, complaint about the
 * same field is then dropped: one field, one problem).
 */
export function numberDomainProblems(parsed: ParsedFile): { problems: Problem[]; fields: Set<string> } {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'number') {
      const p = describe(value);
      if (p) problems.push(problemAt(parsed, path, 'error', p));
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(parsed.data, []);
  return { problems, fields: new Set(problems.map((p) => p.field)) };
}

function describe(n: number): { message: string; expected: string; found: string; hint: string } | null {
  if (Number.isNaN(n)) {
    return { message: 'not a number (.nan)', expected: 'a number written in digits', found: '.nan', hint: 'write the number the source gives, in digits; if it gives none, leave the field out' };
  }
  if (!Number.isFinite(n)) {
    return { message: 'an infinite number', expected: 'a number written in digits', found: n > 0 ? '.inf' : '-.inf', hint: 'write the number the source gives, in digits; if it gives none, leave the field out' };
  }
  if (Object.is(n, -0)) {
    return { message: 'a negative zero (-0)', expected: '0, without a minus sign', found: '-0', hint: 'write 0' };
  }
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) {
    return {
      message: 'the number is too large to be read exactly',
      expected: `at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')}`,
      found: `${n.toLocaleString('en-GB', { maximumFractionDigits: 0 })} (as read)`,
      hint: 'check the number against the source: no count is this large',
    };
  }
  return null;
}

