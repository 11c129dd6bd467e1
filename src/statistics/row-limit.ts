import { Unprocessable } from '../errors.ts'

/** Cap on SQL rows: beyond this a query is too fine-grained to be a statistic (the route answers 422). */
export const MAX_SQL_ROWS = 100_000

/** The one check of that cap, for SQL rows, zero-filled periods and computed rows alike. */
export function assertWithinRowLimit(rows: number): void {
  if (rows > MAX_SQL_ROWS) {
    throw new Unprocessable(
      'The query asks for too many rows; use a coarser interval or fewer groupBy dimensions.',
      { code: 'statistics-too-many-rows' },
    )
  }
}
