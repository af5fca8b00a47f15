import type { MaturityLevel } from './maturity';
import { MATURITY_LEVELS } from './maturity';

/**
 * Benchmarks across offices are shown only over at least this many offices (with a current
 * assessment), so no single office can be singled out.
 */
export const MIN_BENCHMARK_OFFICES = 5;

/** How many offices are at each level (1–5). */
export type LevelDistribution = Readonly<Record<MaturityLevel, number>>;

export function emptyDistribution(): Record<MaturityLevel, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** Offices with a known level in the distribution. */
export function knownCount(distribution: LevelDistribution): number {
  return MATURITY_LEVELS.reduce((total, level) => total + distribution[level], 0);
}

/** The mean level of a distribution; `null` when it holds no office. */
export function distributionMean(distribution: LevelDistribution): number | null {
  const count = knownCount(distribution);
  if (count === 0) return null;
  const sum = MATURITY_LEVELS.reduce((total, level) => total + level * distribution[level], 0);
  return sum / count;
}

/** Where an office's level stands: how many other offices are below, level with and above it. */
export interface LevelPosition {
  readonly below: number;
  readonly same: number;
  readonly above: number;
}

/**
 * The position of `level` in a distribution. `countsTheOffice`: the distribution includes the
 * office itself (it belongs to the compared group); it is then not counted as level with itself.
 */
export function positionIn(
  distribution: LevelDistribution,
  level: MaturityLevel,
  countsTheOffice = false,
): LevelPosition {
  let below = 0;
  let above = 0;
  for (const other of MATURITY_LEVELS) {
    if (other < level) below += distribution[other];
    if (other > level) above += distribution[other];
  }
  return { below, same: distribution[level] - (countsTheOffice ? 1 : 0), above };
}
