import { z } from 'zod';
import { PartialDate } from './date.ts';

/** A date as a source gives it: one partial date, or a start and an end. */
export const DateInput = z.union([
  PartialDate,
  z.strictObject({
    start: PartialDate,
    end: PartialDate,
  }),
], { error: 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY) or { start, end }' });
export type DateInput = z.infer<typeof DateInput>;

/** `2021-Q2`: a calendar quarter. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const QuarterId = z
  .string({ error: 'expected a quarter written YYYY-Qn, e.g. 2021-Q2' })
  .regex(QUARTER_PATTERN, { error: 'expected a quarter written YYYY-Qn, e.g. 2021-Q2' });
export type QuarterId = z.infer<typeof QuarterId>;

/**
 * The period a figure covers: a calendar quarter, or a start and an end. `end: publication`
 * means "until the report was published" ("since May", with no end date).
 */
export const PeriodInput = z.union([
  z.strictObject({ quarter: QuarterId }),
  z.strictObject({
    start: PartialDate,
    end: z.union([PartialDate, z.literal('publication')]),
  }),
], { error: 'expected a period: { quarter: YYYY-Qn } or { start, end }' });
export type PeriodInput = z.infer<typeof PeriodInput>;
