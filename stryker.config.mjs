// Mutation testing of the law (issue 20): every mutant of src/law/ must make a test of test/law/ fail.
// `npm run test:mutation` is the incremental run CI does (it re-mutates only what changed since the
// committed test/mutation/stryker-incremental.json); `npm run test:mutation:full` mutates everything.
// Equivalent mutants are excluded one by one in the source with
// `// Stryker disable next-line <mutator>: equivalent because …`, never by lowering the threshold.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.law.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/law/**/*.ts',
    // generated from date-holidays by scripts/helligdage-table.ts; the calendar tests check it
    '!src/law/helligdage.generated.ts',
    // re-exports only
    '!src/law/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: rule definitions, wording and data tables) are run too: each
  // reruns every related test file, which `isolate: false` in vitest.law.config.ts keeps to ~1–2 s.
  // Stryker 10 reuses a static mutant's earlier Survived/NoCoverage result in incremental mode (it has
  // no per-test coverage to see a new test by), so after adding tests for one, run the full command.
  ignoreStatic: false,
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 97, low: 95, break: 95 },
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
