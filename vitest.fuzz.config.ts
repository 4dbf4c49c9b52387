// `npm run fuzz`: the property tests with many more cases, from a fresh seed each time (printed
// on failure; FUZZ_SEED=<seed> npm run fuzz replays it). Not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.property.test.ts'],
    pool: 'forks',
    testTimeout: 600_000,
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' },
  },
});
