import { z } from 'zod';
import { ERA_START, isPartialDate, PartialDate, partialDateSpan } from './date.ts';

/**
 * A start and an end, both partial dates, are in order when the start's first possible day is
 * on or before the end's last possible day: { start: 2024-03, end: 2024-03-15 } is in order,
 * { start: 2024-04, end: 2024-03-31 } is not. Returns the problem, or null (also null when either
 * is not a valid date: that is reported on the date itself).
 */
export function spanOrderProblem(start: unknown, end: unknown): { message: string; expected: string; found: string; hint: string } | null {
  if (typeof start !== 'string' || typeof end !== 'string' || !isPartialDate(start) || !isPartialDate(end)) return null;
  if (partialDateSpan(start).start <= partialDateSpan(end).end) return null;
  return {
    message: `the span starts (${start}) after it ends (${end})`,
    expected: 'start on or before end',
    found: `start ${start}, end ${end}`,
    hint: 'swap start and end if they are the wrong way round; otherwise check both against the source',
  };
}

/** A refinement adding spanOrderProblem as an issue on the span itself. */
function inOrder(span: { start: unknown; end: unknown }, ctx: z.RefinementCtx): void {
  const p = spanOrderProblem(span.start, span.end);
  if (p) ctx.addIssue({ code: 'custom', path: [], message: p.message, params: { expected: p.expected, found: p.found, hint: p.hint } });
}

/** A date as a source gives it: one partial date, or a start and an end, in order. */
export const DateInput = z.union([
  PartialDate,
  z
    .strictObject({
      start: PartialDate,
      end: PartialDate,
    })
    .superRefine(inOrder),
], { error: 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY) or { start, end }' });
export type DateInput = z.infer<typeof DateInput>;

/** `2021-Q2`: a calendar quarter, from the first quarter of 2012 (see ERA_START). */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const QuarterId = z
  .string({ error: 'expected a quarter written YYYY-Qn, e.g. 2021-Q2' })
  .regex(QUARTER_PATTERN, { error: 'expected a quarter written YYYY-Qn, e.g. 2021-Q2' })
  .refine((q) => !QUARTER_PATTERN.test(q) || q.slice(0, 4) >= ERA_START.slice(0, 4), {
    error: `the quarter is before the conflict began (${ERA_START})`,
    params: { expected: `a quarter from ${ERA_START.slice(0, 4)}-Q1 on`, hint: `dates start at ${ERA_START}, when the conflict began: check the year against the source` },
  });
export type QuarterId = z.infer<typeof QuarterId>;

/**
 * The period a figure covers: a calendar quarter, or a start and an end, in order. `end:
 * publication` means "until the report was published" ("since May", with no end date); that
 * order is checked against the source's date (src/pipeline/date-domain.ts).
 */
export const PeriodInput = z.union([
  z.strictObject({ quarter: QuarterId }),
  z
    .strictObject({
      start: PartialDate,
      end: z.union([PartialDate, z.literal('publication')]),
    })
    .superRefine(inOrder),
], { error: 'expected a period: { quarter: YYYY-Qn } or { start, end }' });
export type PeriodInput = z.infer<typeof PeriodInput>;
