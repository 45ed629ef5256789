/**
 * The one message an embed may send to its host page: its height. Version 1 of the protocol.
 * The loader (public/embed/v1/loader.js) repeats these constants because it runs on journalists'
 * sites as a plain file; test/embed/loader.test.ts checks the two agree.
 */
export const HEIGHT_MESSAGE_TYPE = 'mali-harm-embed:height';
export const PROTOCOL_VERSION = 1;
/** Heights outside this range are clamped: a broken or hostile page cannot make an iframe vanish or grow without end. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 5000;

export type HeightMessage = { type: typeof HEIGHT_MESSAGE_TYPE; version: typeof PROTOCOL_VERSION; height: number };

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, version: PROTOCOL_VERSION, height: Math.ceil(height) };
}

/** Exactly three keys, the right type and version, a finite number: anything else is ignored. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data).sort();
  if (keys.join(',') !== 'height,type,version') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE_TYPE &&
    m.version === PROTOCOL_VERSION &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height)
  );
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
