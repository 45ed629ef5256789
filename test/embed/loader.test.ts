import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, MAX_HEIGHT, MIN_HEIGHT, PROTOCOL_VERSION } from '../../src/embed/protocol.ts';
import { LOADER_ATTRIBUTE } from '../../src/embed/snippet.ts';
import { ROOT } from '../helpers/dist.ts';

const SOURCE = readFileSync(path.join(ROOT, 'public/embed/v1/loader.js'), 'utf8');
const SITE = 'https://site.example';

/** Runs the loader against a minimal fake host page and returns a way to deliver messages. */
function host(frames: { src: string; marked: boolean }[], scriptSrc = `${SITE}/embed/v1/loader.js`) {
  const iframes = frames.map((f) => ({
    src: f.src,
    marked: f.marked,
    contentWindow: {},
    style: { height: '' },
  }));
  const listeners: ((e: unknown) => void)[] = [];
  const window: Record<string | symbol, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  const document = {
    currentScript: { src: scriptSrc },
    baseURI: 'https://news.example/story/',
    querySelectorAll: (sel: string) => {
      expect(sel).toBe(`iframe[${LOADER_ATTRIBUTE}]`);
      return iframes.filter((f) => f.marked);
    },
  };
  const run = () => vm.runInNewContext(SOURCE, { window, document, URL });
  run();
  const send = (e: { origin: string; source: unknown; data: unknown }) => listeners.forEach((fn) => fn(e));
  const msg = (height: unknown) => ({ type: HEIGHT_MESSAGE_TYPE, version: PROTOCOL_VERSION, height });
  return { iframes, listeners, send, msg, run };
}

describe('loader.js', () => {
  it('repeats the protocol constants of src/embed/protocol.ts', () => {
    expect(SOURCE).toContain(`var TYPE = '${HEIGHT_MESSAGE_TYPE}';`);
    expect(SOURCE).toContain(`var VERSION = ${PROTOCOL_VERSION};`);
    expect(SOURCE).toContain(`var MIN_HEIGHT = ${MIN_HEIGHT};`);
    expect(SOURCE).toContain(`var MAX_HEIGHT = ${MAX_HEIGHT};`);
    expect(SOURCE).toContain(`var ATTRIBUTE = '${LOADER_ATTRIBUTE}';`);
  });

  it('sets the height of the iframe that sent a well-formed message from our origin', () => {
    const h = host([{ src: `${SITE}/embed/v1/a/`, marked: true }, { src: `${SITE}/embed/v1/b/`, marked: true }]);
    h.send({ origin: SITE, source: h.iframes[1]!.contentWindow, data: h.msg(432.4) });
    expect(h.iframes[1]!.style.height).toBe('433px');
    expect(h.iframes[0]!.style.height).toBe('');
  });

  it('clamps the height', () => {
    const h = host([{ src: `${SITE}/embed/v1/a/`, marked: true }]);
    h.send({ origin: SITE, source: h.iframes[0]!.contentWindow, data: h.msg(1e7) });
    expect(h.iframes[0]!.style.height).toBe(`${MAX_HEIGHT}px`);
    h.send({ origin: SITE, source: h.iframes[0]!.contentWindow, data: h.msg(1) });
    expect(h.iframes[0]!.style.height).toBe(`${MIN_HEIGHT}px`);
  });

  it('ignores other origins, other sources, unmarked frames, foreign frames and malformed data', () => {
    const h = host([
      { src: `${SITE}/embed/v1/a/`, marked: true },
      { src: `${SITE}/embed/v1/b/`, marked: false },
      { src: 'https://evil.example/embed/v1/a/', marked: true },
    ]);
    const [ours, unmarked, foreign] = h.iframes;
    h.send({ origin: 'https://evil.example', source: ours!.contentWindow, data: h.msg(900) });
    h.send({ origin: SITE, source: {}, data: h.msg(900) });
    h.send({ origin: SITE, source: null, data: h.msg(900) });
    h.send({ origin: SITE, source: unmarked!.contentWindow, data: h.msg(900) });
    h.send({ origin: SITE, source: foreign!.contentWindow, data: h.msg(900) });
    h.send({ origin: SITE, source: ours!.contentWindow, data: { ...h.msg(900), extra: 1 } });
    h.send({ origin: SITE, source: ours!.contentWindow, data: JSON.stringify(h.msg(900)) });
    h.send({ origin: SITE, source: ours!.contentWindow, data: { ...h.msg(900), version: 2 } });
    expect(h.iframes.map((f) => f.style.height)).toEqual(['', '', '']);
  });

  it('installs one listener however many times the page includes it', () => {
    const h = host([{ src: `${SITE}/embed/v1/a/`, marked: true }]);
    h.run();
    h.run();
    expect(h.listeners.length).toBe(1);
  });

  it('does nothing when it cannot tell its own origin', () => {
    const h = host([{ src: `${SITE}/embed/v1/a/`, marked: true }], '');
    expect(h.listeners.length).toBe(0);
  });
});
