import { compare } from '../../lib/compare.ts';
import { formatLocation, type Problem } from '../../pipeline/problem.ts';
import { code, table, text } from './markdown.ts';

/**
 * The validator's warnings a change adds or clears. A warning is the same on both sides when its
 * file, field and message are: line numbers move whenever a line is added above, so they are
 * shown (from the side the warning is on) but never compared. Repeats are counted, so a second
 * identical warning on one field still shows as new.
 */
export type WarningsDiff = { added: Problem[]; cleared: Problem[] };

const key = (p: Problem) => `${p.file}\u0000${p.field}\u0000${p.message}`;

function minus(xs: readonly Problem[], ys: readonly Problem[]): Problem[] {
  const left = new Map<string, number>();
  for (const y of ys) left.set(key(y), (left.get(key(y)) ?? 0) + 1);
  return xs.filter((x) => {
    const n = left.get(key(x)) ?? 0;
    if (n > 0) left.set(key(x), n - 1);
    return n === 0;
  });
}

export function diffWarnings(before: readonly Problem[], after: readonly Problem[]): WarningsDiff {
  const warnings = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'warning');
  const order = (a: Problem, b: Problem) => compare(key(a), key(b));
  return { added: minus(warnings(after), warnings(before)).sort(order), cleared: minus(warnings(before), warnings(after)).sort(order) };
}

export function warningsMarkdown(d: WarningsDiff): string[] {
  if (!d.added.length && !d.cleared.length) return [];
  const detail = (p: Problem) => [p.message, p.expected !== null ? `expected ${p.expected}` : '', p.found !== null ? `found ${p.found}` : ''].filter(Boolean).join('; ');
  const row = (kind: string, p: Problem) => [kind, code(formatLocation(p)), code(p.field), text(detail(p))];
  return [
    `### Validator warnings: ${d.added.length} new, ${d.cleared.length} cleared`,
    '',
    ...table(['', 'where', 'field', 'warning'], [...d.added.map((p) => row('new', p)), ...d.cleared.map((p) => row('cleared', p))]),
    '',
  ];
}
