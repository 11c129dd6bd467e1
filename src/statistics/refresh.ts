import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema.ts'

/** Persons refreshed per transaction: big enough to aggregate well, small enough to hold locks briefly. */
const BATCH = 500

/**
 * Applies the queued application changes to the statistics cubes (`stats_drain`, migration
 * 20261123170000): batch after batch until the queue is empty. `wait`: queue behind a drain another
 * instance is running, so that everything committed before the call is applied when it returns (a
 * statistics read); otherwise give up at once when another drainer holds the lock (the background).
 * Returns the number of queue rows applied.
 */
export async function drainStatistics(db: Kysely<Database>, options: { wait: boolean }): Promise<number> {
  let applied = 0
  for (;;) {
    const { rows } = await sql<{
      taken: number
    }>`select stats_drain(${BATCH}, ${options.wait}) as taken`.execute(db)
    const taken = rows[0]?.taken ?? 0
    if (taken <= 0) return applied
    applied += taken
    if (taken < BATCH) return applied
  }
}

/**
 * Drains in the background every `intervalMs` (STATS_REFRESH_INTERVAL_MS; 0 = never). A failure (the
 * database away) is logged and retried at the next tick; the queue keeps the work. Returns the stop.
 */
export function startStatisticsRefresh(
  db: Kysely<Database>,
  intervalMs: number,
  log: { warn: (fields: Record<string, unknown>, message: string) => void },
): () => Promise<void> {
  if (intervalMs === 0) return async () => {}
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    running ??= drainStatistics(db, { wait: false })
      .catch((err: unknown) => log.warn({ err }, 'statistics refresh failed; retrying at the next tick'))
      .finally(() => {
        running = undefined
      })
  }, intervalMs).unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
