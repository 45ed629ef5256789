import { describe, expect, it } from 'vitest';
import { readableDerivation } from '../../src/lib/derivation-text.ts';
import { figure } from './home-data.ts';

describe('a derivation in readers’ words', () => {
  const figures = new Map([
    ['un-2022-q1-killed', figure({ id: 'un-2022-q1-killed', source_id: 's', report_id: 'r', perpetrator_category: 'all' })],
    ['un-2022-q1-killed-fama', figure({ id: 'un-2022-q1-killed-fama', source_id: 's', report_id: 'r', perpetrator_id: 'fama' })],
    ['un-2022-q1-killed-armed', figure({ id: 'un-2022-q1-killed-armed', source_id: 's', report_id: 'r', perpetrator_category: 'extremist-armed-groups' })],
  ]);
  const actors = new Map([['fama', { id: 'fama', name: 'FAMa', aliases: [], category: 'state-forces' as const, description: '' }]]);
  it('names whose count each figure id is, and writes quarters as readers do', () => {
    expect(readableDerivation('more than 500 in 2022-Q1 (un-2022-q1-killed) was reported as a 324% rise over 2021-Q4: 2021-Q4 = 2022-Q1 ÷ 4.24', figures, actors)).toBe(
      'more than 500 in Q1 2022 (all perpetrators) was reported as a 324% rise over Q4 2021: Q4 2021 = Q1 2022 ÷ 4.24',
    );
    expect(readableDerivation('598 (un-2022-q1-killed) minus the parts the source attributes (120 un-2022-q1-killed-fama, 30 un-2022-q1-killed-armed)', figures, actors)).toBe(
      '598 (all perpetrators) minus the parts the source attributes (120 FAMa, 30 extremist armed groups)',
    );
  });
  it('leaves words that are not figure ids alone', () => {
    expect(readableDerivation('a well-to-do 20%', figures, actors)).toBe('a well-to-do 20%');
  });
});
