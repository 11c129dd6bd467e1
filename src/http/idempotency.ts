import { createHash } from 'node:crypto'
import { type Kysely, type QueryCreator, type RawBuilder, sql } from 'kysely'
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

export interface IdempotencyKey {
  clientId: string
  /** The key's hash (`hashIdempotencyKey`), never the key itself. */
  key: string
  requestHash: string
  ttlHours: number
}

/** The key's row as `to_jsonb` gives it: what the first request answered, and to which request. */
export interface StoredKey {
  request_hash: string
  status_code: number | null
  response_body: unknown
  resource_id: string | null
  response_headers?: Record<string, string> | null
}

/** SQLSTATE of `ansvar_key_taken()`: a write statement found the key claimed by another request. */
export const KEY_TAKEN = 'AN410'

/**
 * The stored answer replayed for a retry of the same request; a different request under the same key
 * is 422. A key is the client's own: other clients' keys never match (the key includes its client).
 */
export function replayOf<T>(stored: StoredKey, requestHash: string): IdempotentResult<T> {
  if (stored.request_hash !== requestHash) {
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

/**
 * The key's claim, as a part (CTE) of the statement that writes the resource: a new row holding the
 * answer, or an expired row taken over as if new. A live key (committed, or committing: the insert
 * waits for it) gives no row, and the statement must then write nothing (`ansvar_key_taken()`).
 * `responseBody` is SQL, so that the statement can complete the answer with what only it knows.
 */
export function claimKey(key: IdempotencyKey, answer: { status: number; resourceId: string }) {
  return (responseBody: RawBuilder<unknown>) => (qb: QueryCreator<Database>) =>
    qb
      .insertInto('idempotency_key')
      .values({
        client_id: key.clientId,
        key: key.key,
        request_hash: key.requestHash,
        status_code: answer.status,
        response_body: responseBody as RawBuilder<string>,
        resource_id: answer.resourceId,
        expires_at: sql<Date>`now() + make_interval(hours => ${key.ttlHours})`,
      })
      .onConflict((oc) =>
        oc
          .columns(['client_id', 'key'])
          .doUpdateSet((eb) => ({
            request_hash: eb.ref('excluded.request_hash'),
            status_code: eb.ref('excluded.status_code'),
            response_body: eb.ref('excluded.response_body'),
            resource_id: eb.ref('excluded.resource_id'),
            expires_at: eb.ref('excluded.expires_at'),
            created_at: sql<Date>`now()`,
          }))
          .where('idempotency_key.expires_at', '<', sql<Date>`now()`),
      )
      .returning('key')
}

export type ClaimQuery = ReturnType<ReturnType<ReturnType<typeof claimKey>>>

/** The live row of a key, read after a write found it taken. */
export async function storedKey(
  db: Kysely<Database>,
  key: Pick<IdempotencyKey, 'clientId' | 'key'>,
): Promise<StoredKey | undefined> {
  return db
    .selectFrom('idempotency_key')
    .select(['request_hash', 'status_code', 'response_body', 'resource_id', 'response_headers'])
    .where('client_id', '=', key.clientId)
    .where('key', '=', key.key)
    .executeTakeFirst()
}

/** Forgets expired keys; called periodically. */
export async function purgeExpiredIdempotencyKeys(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_key')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** The SHA-256 of an Idempotency-Key: keys are stored only as hashes (a key may be anything a client sent). */
export function hashIdempotencyKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}
