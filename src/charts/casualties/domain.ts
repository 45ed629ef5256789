import type { EventRecord } from '../../model/records.ts';
import { quarterOf } from '../../pipeline/quarters.ts';

/**
 * The context event whose quarter the quarterly chart's axis runs to, when the content has it:
 * MINUSMA's quarterly notes are the series, and they stop when the mission leaves, so the axis
 * shows every quarter up to its departure ("No report found" where none covers one) rather than
 * ending at the last quarter someone happened to source. Looked up by id, never a typed quarter:
 * without the event (or with data past it) the axis ends at the data's last quarter.
 */
export const SERIES_END_EVENT_ID = 'minusma-ends-2023-12-31';

/** The event that closes the series, if the content records it. */
export function seriesEndEvent(events: readonly EventRecord[]): EventRecord | null {
  return events.find((e) => e.id === SERIES_END_EVENT_ID) ?? null;
}

/** The quarter the axis must reach because of that event (the quarter its date ends in), or null. */
export function seriesEndQuarter(events: readonly EventRecord[]): string | null {
  const e = seriesEndEvent(events);
  return e ? quarterOf(e.date.end) : null;
}
