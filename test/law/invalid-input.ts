/** What the law throws for input it cannot use (a 400/422 at the edge), caught so a test can read it. */
import { InvalidInput } from '../../src/errors.ts'

export function lawError(run: () => unknown): InvalidInput {
  try {
    run()
  } catch (error) {
    if (error instanceof InvalidInput) return error
    throw error
  }
  throw new Error('expected an InvalidInput')
}
