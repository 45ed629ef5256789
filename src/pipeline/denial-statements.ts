import type { Normalised } from './normalise.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';

type Written = Normalised['reportDenials'][number];

/**
 * Denials sharing a `statement_id` are one statement relayed by several outlets, shown and counted
 * once (src/model/denial-voices.ts). So they must agree on what cannot differ between two accounts
 * of one statement: the report it denies, the actor making it (when both name one), and its date
 * (when both give one, the spans must overlap: "2022-09" and "2022-09-02" can be the same day).
 * Their `by` names may differ: that is what outlets do, and every name stays visible. Their
 * `against` may differ too: an outlet may relay only part of a statement, and each denial covers
 * only what its own article says. Each disagreement is reported on every denial that differs from
 * the first one written (articles in id order), naming that first one, since either may be wrong.
 */
export function checkStatementIds(reportDenials: readonly Written[]): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, Written[]>();
  for (const w of reportDenials) {
    const id = w.record.statement_id;
    if (id) (groups.get(id) ?? groups.set(id, []).get(id)!).push(w);
  }
  for (const [id, group] of groups) {
    const [first, ...rest] = [...group].sort((a, b) => (a.article.data.id < b.article.data.id ? -1 : a.article.data.id > b.article.data.id ? 1 : a.index - b.index));
    const where = `the denial in ${first!.article.data.id} (denials[${first!.index}])`;
    const fix = 'if both articles relay the same statement, correct the field in the one that misreads it; if they are different statements, give each its own statement_id';
    for (const w of rest) {
      const d = w.record;
      const f = first!.record;
      if (d.report_id !== f.report_id) {
        problems.push(problemAt(w.article.parsed, ['denials', w.index, 'report'], 'error', {
          message: `statement "${id}" denies report "${f.report_id}" in ${where}, but report "${d.report_id}" here`,
          expected: `"${f.report_id}": one statement answers one report`,
          found: `"${d.report_id}"`,
          hint: fix,
        }));
      }
      if (d.by_actor && f.by_actor && d.by_actor !== f.by_actor) {
        problems.push(problemAt(w.article.parsed, ['denials', w.index, 'by_actor'], 'error', {
          message: `statement "${id}" is made by actor "${f.by_actor}" in ${where}, but by "${d.by_actor}" here`,
          expected: `"${f.by_actor}", or no by_actor`,
          found: `"${d.by_actor}"`,
          hint: fix,
        }));
      }
      if (d.date && f.date && (d.date.end < f.date.start || f.date.end < d.date.start)) {
        problems.push(problemAt(w.article.parsed, ['denials', w.index, 'date'], 'error', {
          message: `statement "${id}" is dated ${span(f.date)} in ${where}, which cannot be the same day as ${span(d.date)} here`,
          expected: `a date within ${span(f.date)}, or no date`,
          found: span(d.date),
          hint: fix,
        }));
      }
    }
  }
  return problems;
}

const span = (s: { start: string; end: string }) => (s.start === s.end ? s.start : `${s.start}…${s.end}`);
