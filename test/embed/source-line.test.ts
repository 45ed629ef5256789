import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../src/charts/model.ts';
import { sourceLine } from '../../src/embed/charts.ts';

const model = (sources: ChartModel['sources']) => ({ sources }) as ChartModel;

describe('the credit line inside embeds and downloads', () => {
  it('credits who found the numbers, then who carried them, without editors\' notes', () => {
    expect(
      sourceLine(
        model([
          { id: 'a', title: 't', publisher: 'Africanews (press release distributed by APO Group)', author: 'MINUSMA (United Nations mission)', href: '/' },
          { id: 'b', title: 't', publisher: 'An unnamed news website (it cites AFP)', author: 'MINUSMA', href: '/' },
          { id: 'c', title: 't', publisher: 'Voice of America', author: null, href: '/' },
        ]),
      ),
    ).toBe('Source: MINUSMA via Africanews; MINUSMA via an unnamed news website; Voice of America, compiled by Civilian harm in Mali.');
  });
  it('names only the site when a chart has no source', () => {
    expect(sourceLine(model([]))).toBe('Source: Civilian harm in Mali.');
  });
});
