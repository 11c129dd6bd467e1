import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { PgBoss } from 'pg-boss'
import type { Database } from '../db/schema.ts'
import { readFeed } from '../events/repository.ts'
import { queueDeliveries } from './queue.ts'
import type { SubscriptionRow } from './webhook.table.ts'

/** Fields first, a constant message (pino's shape, without depending on Fastify). */
type Log = {
  info: (fields: Record<string, unknown>, message: string) => void
  warn: (fields: Record<string, unknown>, message: string) => void
}

/** Events turned into deliveries per round. */
const BATCH = 500

let lastMillis = 0
let sequence = 0
/**
 * UUIDv7 ids that sort in the order they are made (48 bits of milliseconds, then a 12-bit counter
 * in the version's rand_a field): pg-boss takes a key's jobs by creation time, then id, and the jobs
 * of one round share their creation time (the transaction's).
 */
export function orderedId(): string {
  const now = Date.now()
  if (now > lastMillis) {
    lastMillis = now
    sequence = 0
  } else if (++sequence > 0xfff) {
    lastMillis++
    sequence = 0
  }
  const bytes = randomBytes(16)
  bytes.writeUIntBE(lastMillis, 0, 6)
  bytes.writeUInt16BE(0x7000 | sequence, 6)
  bytes[8] = 0x80 | (bytes[8]! & 0x3f)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The key that keeps one subscription's deliveries of one application in order. */
export const laneOf = (subscriptionId: string, applicationId: string) => `${subscriptionId}:${applicationId}`

function receives(
  subscription: SubscriptionRow,
  event: { type: string; to_municipality: string; from_municipality: string },
) {
  const code = subscription.municipality_code
  const visible = code === null || code === event.to_municipality || code === event.from_municipality
  return visible && subscription.types.includes(event.type)
}

/**
 * The fan-out: the outbox events after the dispatch cursor (commit-ordered, as the feed reads them)
 * become one delivery per matching subscription — the receiving and the departure municipality's
 * subscriptions and national ones — each with its job, and the cursor moves past them, all in one
 * transaction. The cursor row is locked (SKIP LOCKED): one instance fans out at a time; if the
 * cursor moved meanwhile, the round is dropped and done again from the new cursor.
 * Returns how many events were dispatched.
 */
async function dispatchOnce(db: Kysely<Database>, boss: PgBoss): Promise<number> {
  const start = await db
    .selectFrom('webhook_dispatch')
    .select('position')
    .where('id', '=', 1)
    .executeTakeFirst()
  if (!start) return 0
  const events = await readFeed(db, {
    after: start.position,
    limit: BATCH,
    types: undefined,
    municipalityCode: null,
  })
  if (events.length === 0) return 0
  return db.transaction().execute(async (tx) => {
    const cursor = await tx
      .selectFrom('webhook_dispatch')
      .select('position')
      .where('id', '=', 1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst()
    if (cursor?.position !== start.position) return 0
    const subscriptions = await tx.selectFrom('webhook_subscription').selectAll().execute()
    const deliveries = events.flatMap((event) =>
      subscriptions
        .filter((subscription) => receives(subscription, event))
        .map((subscription) => ({
          id: orderedId(),
          subscription_id: subscription.id,
          event_position: event.position,
          lane: laneOf(subscription.id, event.application_id),
        })),
    )
    if (deliveries.length > 0) {
      await tx
        .insertInto('webhook_delivery')
        .values(deliveries.map(({ lane: _lane, ...row }) => row))
        .execute()
      await queueDeliveries(
        boss,
        tx,
        deliveries.map((d) => ({ id: d.id, singletonKey: d.lane, data: { deliveryId: d.id } })),
      )
    }
    await tx
      .updateTable('webhook_dispatch')
      .set({ position: events.at(-1)!.position })
      .where('id', '=', 1)
      .execute()
    return events.length
  })
}

/** Fans out every `intervalMs` (at once again after a full round) until the returned stop is called. */
export function startDispatching(
  db: Kysely<Database>,
  boss: PgBoss,
  intervalMs: number,
  log: Log,
): () => Promise<void> {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const round = () => {
    running = dispatchOnce(db, boss)
      .then((count) => {
        if (!stopped) timer = setTimeout(round, count >= BATCH ? 0 : intervalMs)
      })
      .catch((err) => {
        log.warn({ err }, 'webhook dispatch failed')
        if (!stopped) timer = setTimeout(round, intervalMs)
      })
  }
  timer = setTimeout(round, 0)
  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
