import { describe, expect, it } from 'vitest';
import { downloadPaths, embedPath, formatParams, LOADER_PATH, oembedPath, parseParams } from '../../src/embed/contract.ts';

describe('embed URL contract v1', () => {
  it('names the routes', () => {
    expect(embedPath('killed-by-quarter')).toBe('/embed/v1/killed-by-quarter/');
    expect(LOADER_PATH).toBe('/embed/v1/loader.js');
    expect(oembedPath('x')).toBe('/oembed/x.json');
    expect(downloadPaths('x')).toEqual({
      png: '/downloads/x.png',
      png2x: '/downloads/x-2x.png',
      svg: '/downloads/x.svg',
      csv: '/downloads/x.csv',
    });
  });

  it('reads theme and width, falling back to defaults on anything odd', () => {
    expect(parseParams('?theme=dark&width=600')).toEqual({ theme: 'dark', width: 600, perpetrator: null });
    expect(parseParams('')).toEqual({ theme: 'auto', width: null, perpetrator: null });
    expect(parseParams('?theme=purple&width=60')).toEqual({ theme: 'auto', width: null, perpetrator: null });
    expect(parseParams('?width=600px')).toEqual({ theme: 'auto', width: null, perpetrator: null });
    expect(parseParams('?width=99999')).toEqual({ theme: 'auto', width: null, perpetrator: null });
    expect(parseParams('?perpetrator=state-forces')).toEqual({ theme: 'auto', width: null, perpetrator: 'state-forces' });
    expect(parseParams('?perpetrator=%3Cscript%3E')).toEqual({ theme: 'auto', width: null, perpetrator: null });
  });

  it('round-trips params and omits defaults', () => {
    expect(formatParams({ theme: 'auto', width: null })).toBe('');
    expect(formatParams({ theme: 'light', width: 320 })).toBe('?theme=light&width=320');
    expect(parseParams(formatParams({ theme: 'light', width: 320 }))).toEqual({ theme: 'light', width: 320, perpetrator: null });
    expect(parseParams(formatParams({ perpetrator: 'state-forces' }))).toEqual({ theme: 'auto', width: null, perpetrator: 'state-forces' });
    expect(formatParams({ theme: 'auto', width: null, perpetrator: null })).toBe('');
  });
});
