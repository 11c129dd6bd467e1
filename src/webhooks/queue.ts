import type { Transaction } from 'kysely'
import type { PgBoss } from 'pg-boss'
import type { Config } from '../config.ts'
import type { DatabaseHandle } from '../db/database.ts'
import type { Database } from '../db/schema.ts'

/** Fields first, a constant message (pino's shape, without depending on Fastify). */
type Log = {
  info: (fields: Record<string, unknown>, message: string) => void
  warn: (fields: Record<string, unknown>, message: string) => void
}

/** The delivery queue: one job per delivery, in order per subscription and application. */
export const DELIVERY_QUEUE = 'webhook-delivery'

/**
 * pg-boss and its dependencies (cron parsing, time zones: ~20 MB of resident memory) are loaded only by
 * an instance that delivers webhooks (WEBHOOK_DELIVERY), when its queue starts.
 */
const pgBoss = () => import('pg-boss')

/** Delivery jobs queued inside `tx`: they exist when it commits. */
export async function queueDeliveries(
  boss: PgBoss,
  tx: Transaction<Database>,
  jobs: { id: string; singletonKey: string; data: { deliveryId: string } }[],
): Promise<void> {
  const { fromKysely } = await pgBoss()
  await boss.insert(DELIVERY_QUEUE, jobs, { db: fromKysely(tx) })
}

/**
 * pg-boss (pinned), on the same database as the service: on PostgreSQL with a small pool of its own,
 * on the embedded PGlite through pg-boss's PGlite adapter (PGlite serialises its statements and
 * transactions, so the queue and the service share the one connection safely). pg-boss installs and
 * migrates its own schema, `pgboss`. Fetching a job uses SELECT … FOR UPDATE SKIP LOCKED, so with
 * several instances each job is taken by one of them.
 */
export async function startQueue(
  database: DatabaseHandle,
  settings: Config['webhooks'],
  log: Log,
): Promise<PgBoss> {
  const { fromPglite, PgBoss } = await pgBoss()
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', schedule: false })
      : new PgBoss({
          connectionString: database.url!,
          max: 3,
          application_name: 'ansvar-queue',
          schedule: false,
        })
  boss.on('error', (err) => log.warn({ err }, 'job queue error'))
  await boss.start()
  const options = {
    // key_strict_fifo: a job that is active or waiting for its retry holds back the later jobs with
    // the same key (subscription and application): in order per application, at least once.
    policy: 'key_strict_fifo' as const,
    retryLimit: retryLimitFor(settings),
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true, // exponential, with jitter (pg-boss: delay × 2^n × (½ + ½·random))
    retryDelayMax: settings.retryDelayMaxSeconds,
    // a worker killed mid-delivery: its job is retried after this (a delivery takes ≤ the timeout)
    expireInSeconds: Math.max(10, Math.ceil((settings.timeoutMs * 3) / 1000)),
  }
  try {
    if (await boss.getQueue(DELIVERY_QUEUE)) await boss.updateQueue(DELIVERY_QUEUE, options)
    else await boss.createQueue(DELIVERY_QUEUE, options)
  } catch (err) {
    // another instance created it at the same moment
    if (!(await boss.getQueue(DELIVERY_QUEUE))) throw err
  }
  return boss
}

/**
 * How many retries fill the retry window (about 24 hours by default): the expected delays
 * (pg-boss's backoff averages ¾ of delay × 2^n, capped) summed until they reach the window.
 */
function retryLimitFor(
  settings: Pick<Config['webhooks'], 'retryDelaySeconds' | 'retryDelayMaxSeconds' | 'retryWindowSeconds'>,
): number {
  let total = 0
  let retries = 0
  while (total < settings.retryWindowSeconds && retries < 1000) {
    total += Math.min(
      settings.retryDelayMaxSeconds,
      settings.retryDelaySeconds * 2 ** Math.min(16, retries) * 0.75,
    )
    retries++
  }
  return retries
}
