// The data step's figure: its time over a bare parse of the same files. One sample of each was too
// noisy on a shared machine (×2.24 in a recorded run, ×1.61–1.87 in three pairs straight after,
// same content and code), because a sample taken while the disk is still writing out the previous
// size's builds is slow for reasons of its own. So the two are measured in alternating pairs, each
// pair back to back under the same conditions, and the figure is the pair with the median ratio:
// a slow moment hurts one pair, not the figure. Every pair's ratio is printed beside it.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { runStep, type StepResult } from './run.ts';

/** How many bare/data pairs each size measures: odd, so the median is one pair's. */
export const PAIRS = 3;

export type Sample = StepResult & { load: number };
export type Pair = { bare: Sample; data: Sample };

/** The pair whose time ratio (data ÷ bare) is the median of all pairs: a measured pair, never an average. */
export function medianPair(pairs: readonly Pair[]): Pair {
  if (pairs.length === 0) throw new Error('medianPair: no pairs were measured');
  const sorted = [...pairs].sort((a, b) => a.data.ms / a.bare.ms - b.data.ms / b.bare.ms);
  return sorted[(sorted.length - 1) >> 1]!;
}

/** The ratios of the pairs, in the order measured, for the report ("×1.87, ×1.61, ×1.87"). */
export const pairRatios = (pairs: readonly Pair[]) => pairs.map((p) => p.data.ms / p.bare.ms);

type Counts = { incidents: number; figures: number };

/**
 * Measures `count` pairs: a bare parse, then the data step writing into a fresh folder (removed
 * after the pair, so every data step writes into an empty one, as on a clean clone).
 */
export async function measurePairs(root: string, content: string, dir: string, load: () => number, count = PAIRS): Promise<{ pairs: Pair[] } & Counts> {
  const pairs: Pair[] = [];
  let counts: Counts = { incidents: 0, figures: 0 };
  for (let i = 0; i < count; i++) {
    const bareLoad = load();
    const bare = await runStep(root, 'bare', content);
    const out = path.join(dir, `out-${i + 1}`);
    const dataLoad = load();
    const data = await runStep(root, 'data', content, out);
    rmSync(out, { recursive: true, force: true });
    counts = { incidents: data.incidents, figures: data.figures };
    pairs.push({ bare: { ms: bare.ms, maxRssMB: bare.maxRssMB, load: bareLoad }, data: { ms: data.ms, maxRssMB: data.maxRssMB, load: dataLoad } });
  }
  return { pairs, ...counts };
}
