import { defineConfig } from 'vitest/config';

/** Unit and property tests live beside the code they test; e2e tests are Playwright's (tests/e2e). */
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/crash/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
