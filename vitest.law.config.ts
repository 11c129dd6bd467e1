import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Files that failed last time first (as vitest does), then the quickest first (vitest runs the longest
 * first, to spread them over workers). The mutation run gives vitest one worker and stops at the first
 * failure, so a mutant is killed sooner when the short, specific files run before the long property
 * and calendar tests.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const result = (file: TestSpecification) => this.ctx.cache.getTestSpecificationResult(file)
    const passed = (file: TestSpecification) => (result(file)?.failed ? 0 : 1)
    const duration = (file: TestSpecification) => result(file)?.duration ?? 0
    return [...files].sort((a, b) => passed(a) - passed(b) || duration(a) - duration(b))
  }
}

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
    sequence: { sequencer: QuickestFirst },
  },
})
