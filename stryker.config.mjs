// Mutation testing (`npm run test:mutation`, docs/TESTING.md). Not part of `npm test` or CI: too slow.
// The core modules are mutated in groups, each against only the test files that exercise it, so each
// run stays short; `MUTATION_GROUP=<name>` picks one group (scripts/mutation.mjs runs them in turn).

/** Each group: the source files mutated and the test files run against them. */
export const groups = {
  // Not tests/unit/goldenHashes.test.ts: whole recorded games (seconds per mutant); persist.test.ts
  // already fails on any hash change it would see.
  persist: {
    mutate: ['shared/engine/persist.ts'],
    tests: ['shared/engine/{persist,snapshot,restore}.test.ts'],
  },
  replay: {
    mutate: ['shared/engine/replay.ts'],
    tests: ['shared/engine/{replay,snapshot}.test.ts'],
  },
  doctrine: {
    mutate: ['shared/engine/doctrine/judge.ts', 'shared/engine/doctrine/conduct.ts', 'shared/engine/doctrine/situation.ts'],
    // Not judge.property.test.ts, instructor.test.ts or scenario.test.ts: whole games that cover every
    // line, so every mutant would run them (seconds each) for no kill the table-driven tests miss.
    tests: ['shared/engine/doctrine/{judge,judgeRecords,conduct,situation,observe,doctrine,end}.test.ts'],
  },
  // A narrower doctrine run (docs/TESTING.md): judge.ts and situation.ts only, without conduct.ts and its
  // tests, so the two files can be re-measured in well under the time the whole group takes.
  judgement: {
    mutate: ['shared/engine/doctrine/judge.ts', 'shared/engine/doctrine/situation.ts'],
    tests: ['shared/engine/doctrine/{judge,judgeRecords,judgeFacts,situation,situationFacts,observe,doctrine,end}.test.ts'],
  },
  scoring: {
    mutate: ['shared/engine/doctrine/score.ts', 'shared/engine/doctrine/consequences.ts'],
    tests: ['shared/engine/doctrine/{doctrine,end,score,consequences}.test.ts'],
  },
  storage: {
    mutate: ['main/storage/sessionStore.ts', 'main/storage/blobCodec.ts', 'main/storage/storageFaults.ts'],
    tests: ['main/storage/{sessionStore,blobCodec,storageFaults,commitAtomicity,database}.test.ts', 'main/host/gameSessions.test.ts'],
  },
  host: {
    mutate: ['main/host/gameSessions.ts'],
    // Not storageUnderFaults.test.ts or the crash test: their hosts run in child processes, which
    // Stryker's mutant switching does not reach.
    tests: ['main/host/{gameSessions,services}.test.ts', 'main/storage/commitAtomicity.test.ts'],
  },
};

const name = process.env.MUTATION_GROUP ?? 'all';
const chosen = name === 'all' ? Object.values(groups) : [groups[name]];
if (chosen.some((g) => !g)) throw new Error(`unknown MUTATION_GROUP ${name}; one of ${Object.keys(groups).join(', ')} or all`);
// Read by vitest.mutation.config.ts in Stryker's test-runner processes, which inherit this environment.
process.env.MUTATION_TESTS = JSON.stringify(chosen.flatMap((g) => g.tests));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: chosen.flatMap((g) => g.mutate),
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  // Reruns only re-test mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
