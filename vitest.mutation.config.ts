import { defineConfig } from 'vitest/config';

/**
 * Vitest for mutation runs (stryker.config.mjs, docs/TESTING.md): only the test files of the group being
 * mutated, which stryker.config.mjs passes in MUTATION_TESTS (a JSON array of globs).
 */
const tests = JSON.parse(process.env.MUTATION_TESTS ?? '[]') as string[];
if (tests.length === 0) throw new Error('MUTATION_TESTS is empty: run through `npm run test:mutation` (stryker.config.mjs sets it)');

export default defineConfig({
  test: {
    include: tests,
    environment: 'node',
    testTimeout: 120_000,
  },
});
