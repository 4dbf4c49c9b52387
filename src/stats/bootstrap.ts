// The nonparametric bootstrap (Efron 1979) with percentile intervals, seeded so that a report can be
// reproduced exactly. For a statistic with no closed-form interval — F1, macro-F1, kappa, alpha —
// resampling the units that were coded is the honest way to show how much the figure depends on which
// units happened to be in the gold set.
//
// The procedure, fixed so that it can be restated in a methods section and ported:
//   1. one mulberry32 stream from `seed` (random.ts);
//   2. each replicate draws n units with replacement: unit i = items[floor(u·n)], n draws in order;
//   3. the statistic is computed on each of the `replicates` resamples in turn;
//   4. the interval is the α/2 and 1 − α/2 quantiles of the replicate values (the percentile method),
//      quantiles by linear interpolation between order statistics (R's quantile type 7, numpy's default).
// Replicates where the statistic is undefined (null: kappa when a resample holds one label only, F1 of a
// label absent from a resample) are left out of step 4; when all are, the interval is null.
import { DialogueStanceError } from '../errors.js';
import { checkConfidence, DEFAULT_CONFIDENCE, type Interval } from './interval.js';
import { mulberry32, randomIndex } from './random.js';

export interface BootstrapOptions {
  /** Resamples drawn; default 2,000. */
  replicates?: number;
  /** Seed of the generator; default 1. */
  seed?: number;
}

export interface BootstrapIntervalOptions extends BootstrapOptions {
  /** Two-sided level, default 0.95. */
  confidence?: number;
}

export const DEFAULT_REPLICATES = 2000;
export const DEFAULT_SEED = 1;

function checkReplicates(replicates: number): number {
  if (!Number.isSafeInteger(replicates) || replicates < 1) {
    throw new DialogueStanceError('OPTION_INVALID', `replicates ${replicates} is not a whole number >= 1`);
  }
  return replicates;
}

/**
 * The statistic of each resample of `items`, in the order drawn. `statistic` may return anything
 * (several figures computed from one resample keep their pairing). No items, no resamples: [].
 */
export function bootstrap<T, R>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => R,
  options: BootstrapOptions = {},
): R[] {
  const replicates = checkReplicates(options.replicates ?? DEFAULT_REPLICATES);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const n = items.length;
  if (n === 0) return [];
  const results: R[] = [];
  for (let r = 0; r < replicates; r++) {
    // A fresh array each time, so a statistic may keep its sample.
    const sample: T[] = [];
    for (let i = 0; i < n; i++) sample.push(items[randomIndex(random, n)] as T);
    results.push(statistic(sample));
  }
  return results;
}

/** The p-quantile of ascending `sorted` (non-empty), R's type 7: linear between order statistics. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (h - below) * (high - low);
}

/** Percentile interval of replicate values, nulls left out; null when none is defined. */
export function percentileInterval(
  values: readonly (number | null)[],
  confidence = DEFAULT_CONFIDENCE,
): Interval | null {
  const alpha = 1 - checkConfidence(confidence);
  const defined = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (defined.length === 0) return null;
  return { low: quantileSorted(defined, alpha / 2), high: quantileSorted(defined, 1 - alpha / 2) };
}

/** bootstrap() then percentileInterval(), for one figure. */
export function bootstrapInterval<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  options: BootstrapIntervalOptions = {},
): Interval | null {
  return percentileInterval(bootstrap(items, statistic, options), options.confidence);
}
