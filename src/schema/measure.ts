import { z } from 'zod';

/**
 * What a number counts. Measures are never mixed in one series: "victims" (killed + injured +
 * abducted or disappeared, MINUSMA's definition) is not comparable with "killed", and
 * "violations" counts documented violations, not people.
 */
export const MEASURE_IDS = [
  'killed',
  'injured',
  'abducted',
  'detained',
  'sexual-violence',
  'victims',
  'violations',
  'homes-destroyed',
  'incidents',
] as const;
export const Measure = z.enum(MEASURE_IDS);
export type Measure = z.infer<typeof Measure>;

export const MEASURE_LABELS: Record<Measure, string> = {
  killed: 'Civilians killed',
  injured: 'Civilians injured',
  abducted: 'Civilians abducted or disappeared',
  detained: 'People arrested or detained',
  'sexual-violence': 'Victims of sexual violence',
  victims: 'Civilian victims (killed, injured, abducted or disappeared)',
  violations: 'Documented violations (not people)',
  'homes-destroyed': 'Homes burned or destroyed',
  incidents: 'Acts of violence (incidents, not people)',
};

/** The unit each measure counts, so a table never calls violations "people". */
export const MEASURE_UNITS: Record<Measure, 'people' | 'violations' | 'homes' | 'incidents'> = {
  killed: 'people',
  injured: 'people',
  abducted: 'people',
  detained: 'people',
  'sexual-violence': 'people',
  victims: 'people',
  violations: 'violations',
  'homes-destroyed': 'homes',
  incidents: 'incidents',
};

/** Harm types an incident can count: the people-measures that describe one event. */
export const HARM_TYPES = ['killed', 'injured', 'abducted', 'detained', 'sexual-violence'] as const;
export const HarmType = z.enum(HARM_TYPES);
export type HarmType = z.infer<typeof HarmType>;
