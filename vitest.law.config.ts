import { defineConfig } from 'vitest/config'

/**
 * The law's own tests (test/law/), with no database and no server: what the mutation run
 * (stryker.config.mjs, `npm run test:mutation`) runs against src/law/. `npm test` still runs them
 * through vitest.config.ts with everything else.
 */
export default defineConfig({
  test: {
    include: ['test/law/**/*.test.ts'],
    // Starts the HTTP app (and so needs PostgreSQL): not a test of the law alone.
    exclude: ['test/law/legal-basis.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // The law's tests share no state between files, so the modules are evaluated once per run rather
    // than once per file: the suite runs in about a third of the time, and so does each mutant of the
    // mutation run (a static mutant reruns every related test file; issue 20).
    isolate: false,
  },
})
