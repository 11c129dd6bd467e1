import { createHash } from 'node:crypto'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import { HttpProblem } from './problem.ts'

export interface IdempotentResult<T> {
  status: number
  body: T
  resourceId: string | null
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean
}

/** A stable hash of a request: key order does not matter, values do. */
export function requestHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex')
}

/**
 * Runs `create` at most once per (client, Idempotency-Key) within the key's lifetime, in one
 * transaction with the key's row. A concurrent duplicate blocks on the key's primary key until the
 * first commits, then replays its stored response; if the first fails, its key row rolls back with it
 * and the duplicate runs. The same key with another request is 422.
 */
export async function runIdempotent<T>(
  db: Kysely<Database>,
  key: { clientId: string; key: string; requestHash: string; ttlHours: number },
  create: (tx: Transaction<Database>) => Promise<{ status: number; body: T; resourceId: string | null }>,
): Promise<IdempotentResult<T>> {
  return db.transaction().execute(async (tx) => {
    // One statement claims the key: a new row, or an expired one taken over as if new. A live key of
    // another request (committed, or committing: the insert waits for it) leaves no row returned.
    const claimed = await tx
      .insertInto('idempotency_key')
      .values({
        client_id: key.clientId,
        key: key.key,
        request_hash: key.requestHash,
        expires_at: sql<Date>`now() + make_interval(hours => ${key.ttlHours})`,
      })
      .onConflict((oc) =>
        oc
          .columns(['client_id', 'key'])
          .doUpdateSet((eb) => ({
            request_hash: eb.ref('excluded.request_hash'),
            expires_at: eb.ref('excluded.expires_at'),
            created_at: sql<Date>`now()`,
            status_code: null,
            response_body: null,
            resource_id: null,
          }))
          .where('idempotency_key.expires_at', '<', sql<Date>`now()`),
      )
      .returning('key')
      .executeTakeFirst()
    if (!claimed) {
      const stored = await tx
        .selectFrom('idempotency_key')
        .selectAll()
        .where('client_id', '=', key.clientId)
        .where('key', '=', key.key)
        .executeTakeFirstOrThrow()
      if (stored.request_hash !== key.requestHash) {
        throw new HttpProblem(422, 'This Idempotency-Key was used with a different request; use a new key.', {
          slug: 'idempotency-key-reused',
        })
      }
      return {
        status: stored.status_code ?? 200,
        body: stored.response_body as T,
        resourceId: stored.resource_id,
        replayed: true,
      }
    }
    const result = await create(tx)
    await tx
      .updateTable('idempotency_key')
      .set({
        status_code: result.status,
        response_body: JSON.stringify(result.body),
        resource_id: result.resourceId,
      })
      .where('client_id', '=', key.clientId)
      .where('key', '=', key.key)
      .execute()
    return { ...result, replayed: false }
  })
}

/** Forgets expired keys; called periodically. */
export async function purgeExpiredIdempotencyKeys(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_key')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
