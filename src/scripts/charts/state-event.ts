/**
 * Fired on document when a chart's state held in the query changes (the perpetrator filter of a
 * chart without a page per category): the "Embed this chart" box follows it, so the embed code
 * carries the state the reader sees.
 */
export const STATE_EVENT = 'chart-state';
export type StateDetail = { chart: string; query: string };
