import type { ActorRecord, FigureRecord } from '../model/records.ts';
import { SERIES_LABELS } from '../schema/category.ts';
import { quarterLabel } from './phrases.ts';

/**
 * A derived figure's working (`derivation`, written by the data step with figure ids and
 * `YYYY-Qn` quarters so the downloads can be traced) in readers' words: each figure id becomes
 * whose count it is ("state forces", "FAMa", "all perpetrators") and each quarter "Q1 2022".
 * The downloads keep the ids; pages show this. Pure: test/lib/derivation-text.test.ts.
 */
export function readableDerivation(text: string, figures: ReadonlyMap<string, FigureRecord>, actors: ReadonlyMap<string, ActorRecord>): string {
  const label = (f: FigureRecord) =>
    f.perpetrator_id && f.perpetrator_id !== 'all' ? (actors.get(f.perpetrator_id)?.name ?? SERIES_LABELS[f.perpetrator_category].toLowerCase()) : SERIES_LABELS[f.perpetrator_category].toLowerCase();
  return text
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (token) => {
      const f = figures.get(token);
      return f ? label(f) : token;
    })
    .replace(/\b(\d{4})-Q([1-4])\b/g, (_m, y: string, q: string) => quarterLabel(`${y}-Q${q}`));
}
