import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI is built once for the tests that spawn it (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    // The pipeline imports compromise once per worker (~0.4 s); a few workers keep that cheap.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
