// The seed and size of the property tests. `npm test` runs each with its own default number of
// cases from a fixed seed (the same every time); `npm run fuzz` sets FUZZ_RUNS and runs from a
// fresh seed. A failure prints the seed; FUZZ_SEED=<seed> replays it.
import fc from 'fast-check';

export const SEED =
  process.env.FUZZ_SEED !== undefined
    ? Number(process.env.FUZZ_SEED)
    : process.env.FUZZ_RUNS !== undefined
      ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0
      : 20_261_202;

/** FUZZ_RUNS when set (npm run fuzz), else `fallback`. */
export const fuzzRuns = (fallback: number): number => Number(process.env.FUZZ_RUNS ?? fallback);

/** fc.assert from SEED, with the seed to replay at the head of a failure's message. */
export function check<T>(property: fc.IProperty<T>, runs: number): void {
  try {
    fc.assert(property, { seed: SEED, numRuns: runs });
  } catch (error) {
    if (error instanceof Error) error.message = `replay with FUZZ_SEED=${SEED}\n${error.message}`;
    throw error;
  }
}
