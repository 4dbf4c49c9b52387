// Types of synthetic-trends.mjs, for the tests that import it.
import type { CountedStatement } from '../src/aggregate/trends.js';

export declare const SYNTHETIC_TOPICS: readonly string[];

export declare function syntheticStatements(options: {
  meetings: number;
  series?: number;
  topics?: number;
  random: () => number;
}): CountedStatement[];
