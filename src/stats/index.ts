// Statistics for the reports' intervals and tests: pure functions over counts and lists, no I/O, no
// dependencies. Every random step is seeded (random.ts), so every figure can be reproduced.
export {
  type BootstrapIntervalOptions,
  type BootstrapOptions,
  bootstrap,
  bootstrapInterval,
  DEFAULT_REPLICATES,
  DEFAULT_SEED,
  percentileInterval,
  quantileSorted,
} from './bootstrap.js';
export {
  DEFAULT_FISHER_REPLICATES,
  DEFAULT_MAX_TABLES,
  type FisherOptions,
  type FisherResult,
  fisherExact2xK,
  RELATIVE_TOLERANCE,
} from './fisher.js';
export { DEFAULT_CONFIDENCE, type Interval } from './interval.js';
export {
  chiSquaredUpperTail1,
  erfc,
  type KeynessMeasures,
  keynessMeasures,
  LOG_RATIO_SMOOTHING,
} from './keyness.js';
export { normalQuantile, zForConfidence } from './normal.js';
export { mulberry32, randomIndex } from './random.js';
export { type WilsonOptions, wilsonInterval } from './wilson.js';
