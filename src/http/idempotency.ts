import { createHash } from 'node:crypto'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import { HttpProblem } from './problem.ts'

/**
 * Idempotency-Key storage for every route that honours the header (issue 13, item 5; issue 15, item 1):
 * a key is claimed (stored hashed, per API key) before the change, its first 2xx answer stored with it
 * and replayed to a retry with the same request; another request under the key is 422. The generic
 * routes (idempotent-routes.ts) claim before the handler and store the answer when it is sent; the
 * create claims and stores inside its own transaction, so that the application and its answer commit
 * together.
 */

type Db = Kysely<Database> | Transaction<Database>

export interface IdempotentResult<T> {
  status: number
  body: T
  resourceId: string | null
  /** The headers a replay repeats (Location, ETag), as the first answer sent them. */
  headers: Record<string, string>
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

/** The key's row: what the first request answered (nothing yet while it runs), and to which request. */
interface StoredKey {
  request_hash: string
  status_code: number | null
  response_body: unknown
  resource_id: string | null
  response_headers?: Record<string, string> | null
}

/** A claim without an answer this old is from an instance that died mid-request: it may be taken over. */
const ABANDONED_AFTER_MS = 60_000
/** How long a retry waits for a concurrent request with the same key to finish before 409. */
export const WAIT_FOR_CONCURRENT_MS = 5_000

/**
 * Claims the key for this request: a new row without an answer yet, or an expired or abandoned one
 * taken over. False when the key is live: answered, or held by a request still running. Inside a
 * transaction (the create) the claim commits or rolls back with the change, and a concurrent claim of
 * the same key waits for that transaction to end.
 */
export async function claimKey(db: Db, key: IdempotencyKey): Promise<boolean> {
  const claimed = await db
    .insertInto('idempotency_key')
    .values({
      client_id: key.clientId,
      key: key.key,
      request_hash: key.requestHash,
      status_code: null,
      response_body: null,
      resource_id: null,
      expires_at: sql<Date>`now() + make_interval(hours => ${key.ttlHours})`,
    })
    .onConflict((oc) =>
      oc
        .columns(['client_id', 'key'])
        .doUpdateSet((eb) => ({
          request_hash: eb.ref('excluded.request_hash'),
          status_code: null,
          response_body: null,
          response_headers: null,
          resource_id: null,
          expires_at: eb.ref('excluded.expires_at'),
          created_at: sql<Date>`now()`,
        }))
        .where((eb) =>
          eb.or([
            eb('idempotency_key.expires_at', '<', sql<Date>`now()`),
            eb.and([
              eb('idempotency_key.status_code', 'is', null),
              eb(
                'idempotency_key.created_at',
                '<',
                sql<Date>`now() - make_interval(secs => ${ABANDONED_AFTER_MS / 1000})`,
              ),
            ]),
          ]),
        ),
    )
    .returning('key')
    .executeTakeFirst()
  return claimed !== undefined
}

/** The first answer to a claimed key, stored for its replays (with the headers a replay repeats). */
export async function storeAnswer(
  db: Db,
  key: Pick<IdempotencyKey, 'clientId' | 'key'>,
  answer: { status: number; body: string; resourceId: string | null; headers?: Record<string, string> },
): Promise<void> {
  await db
    .updateTable('idempotency_key')
    .where('client_id', '=', key.clientId)
    .where('key', '=', key.key)
    .where('status_code', 'is', null)
    .set({
      status_code: answer.status,
      response_body: answer.body,
      resource_id: answer.resourceId,
      response_headers: answer.headers ? JSON.stringify(answer.headers) : null,
    })
    .execute()
}

/** Frees a claim that got no answer to store (an error), so that a corrected retry runs. */
export async function releaseKey(db: Db, key: Pick<IdempotencyKey, 'clientId' | 'key'>): Promise<void> {
  await db
    .deleteFrom('idempotency_key')
    .where('client_id', '=', key.clientId)
    .where('key', '=', key.key)
    .where('status_code', 'is', null)
    .execute()
}

/** The live row of a key, read after a claim found it taken. */
async function storedKey(
  db: Db,
  key: Pick<IdempotencyKey, 'clientId' | 'key'>,
): Promise<StoredKey | undefined> {
  return db
    .selectFrom('idempotency_key')
    .select(['request_hash', 'status_code', 'response_body', 'resource_id', 'response_headers'])
    .where('client_id', '=', key.clientId)
    .where('key', '=', key.key)
    .executeTakeFirst()
}

/**
 * After a claim found the key taken: the stored answer to replay for a retry of the same request;
 * another request under the key is 422 (a key is the client's own: other clients' keys never match).
 * While the first request still runs: waits a little and gives undefined (claim again: it may have
 * been released), or 409 once `deadline` (ms since the epoch) has passed. Undefined too when the key
 * was freed meanwhile.
 */
export async function replayOrWait<T>(
  db: Db,
  key: IdempotencyKey,
  deadline: number,
): Promise<IdempotentResult<T> | undefined> {
  const stored = await storedKey(db, key)
  if (!stored) return undefined
  if (stored.request_hash !== key.requestHash) {
    throw new HttpProblem(422, 'This Idempotency-Key was used with a different request; use a new key.', {
      slug: 'idempotency-key-reused',
    })
  }
  if (stored.status_code !== null) {
    return {
      status: stored.status_code,
      body: stored.response_body as T,
      resourceId: stored.resource_id,
      headers: stored.response_headers ?? {},
      replayed: true,
    }
  }
  if (Date.now() > deadline) {
    throw new HttpProblem(409, 'A request with this Idempotency-Key is still being processed; retry.', {
      slug: 'idempotency-key-in-use',
      headers: { 'retry-after': '1' },
    })
  }
  await new Promise((resolve) => setTimeout(resolve, 100))
  return undefined
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
