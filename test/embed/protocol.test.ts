import { describe, expect, it } from 'vitest';
import { clampHeight, heightMessage, isHeightMessage, MAX_HEIGHT, MIN_HEIGHT } from '../../src/embed/protocol.ts';

describe('height message protocol', () => {
  it('accepts exactly the well-formed message', () => {
    expect(isHeightMessage(heightMessage(512.2))).toBe(true);
    expect(heightMessage(512.2)).toEqual({ type: 'mali-harm-embed:height', version: 1, height: 513 });
  });

  it.each([
    ['null', null],
    ['a string', 'mali-harm-embed:height'],
    ['an array', [1]],
    ['wrong type', { type: 'other', version: 1, height: 300 }],
    ['wrong version', { type: 'mali-harm-embed:height', version: 2, height: 300 }],
    ['string height', { type: 'mali-harm-embed:height', version: 1, height: '300' }],
    ['NaN height', { type: 'mali-harm-embed:height', version: 1, height: Number.NaN }],
    ['infinite height', { type: 'mali-harm-embed:height', version: 1, height: Infinity }],
    ['extra keys', { type: 'mali-harm-embed:height', version: 1, height: 300, url: 'x' }],
    ['missing height', { type: 'mali-harm-embed:height', version: 1 }],
  ])('rejects %s', (_name, data) => {
    expect(isHeightMessage(data)).toBe(false);
  });

  it('clamps heights to a sane range', () => {
    expect(clampHeight(-5)).toBe(MIN_HEIGHT);
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
    expect(clampHeight(480.1)).toBe(481);
  });
});
