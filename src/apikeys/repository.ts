import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { ApiKeyRow, NewApiKeyRow } from './api-key.table.ts'

type Db = Kysely<Database> | Transaction<Database>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Who wants to know that keys changed through a database handle: the app's in-memory index of active
 * keys (src/http/auth-guards.ts) is marked stale, so that a key created a moment ago works at once.
 * Keyed by the handle; a change made in a transaction reaches it through the periodic reload instead.
 */
const keyWatchers = new WeakMap<object, () => void>()

export function watchApiKeyChanges(db: Kysely<Database>, listener: () => void): void {
  keyWatchers.set(db, listener)
}

function keysChanged(db: Db): void {
  keyWatchers.get(db)?.()
}

export async function insertApiKey(db: Db, row: NewApiKeyRow): Promise<ApiKeyRow> {
  const inserted = await db.insertInto('api_key').values(row).returningAll().executeTakeFirstOrThrow()
  keysChanged(db)
  return inserted
}

export function findActiveApiKeyByHash(db: Db, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('api_key')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
}

export function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_key').selectAll().orderBy('created_at').orderBy('id').execute()
}

export async function countApiKeys(db: Db): Promise<number> {
  const row = await db
    .selectFrom('api_key')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * One page in creation order, optionally one municipality's keys only. `afterId` is the last key of the
 * previous page; the comparison uses its stored created_at (microseconds, which a JS Date would lose).
 */
export function listApiKeysPage(
  db: Db,
  options: { municipalityCode?: string; afterId?: string; limit: number },
): Promise<ApiKeyRow[]> {
  let query = db.selectFrom('api_key').selectAll()
  if (options.municipalityCode) query = query.where('municipality_code', '=', options.municipalityCode)
  if (options.afterId) {
    query = query.where(
      sql<boolean>`(api_key.created_at, api_key.id) > (select k.created_at, k.id from api_key k where k.id = ${options.afterId})`,
    )
  }
  return query.orderBy('created_at').orderBy('id').limit(options.limit).execute()
}

/** Revokes by id or by name; returns the number of keys revoked. */
export async function revokeApiKey(db: Db, idOrName: string, revokedBy = 'unknown'): Promise<number> {
  const result = await db
    .updateTable('api_key')
    .set({ revoked_at: new Date(), revoked_by: revokedBy })
    .where(UUID.test(idOrName) ? 'id' : 'name', '=', idOrName)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  keysChanged(db)
  return Number(result.numUpdatedRows)
}

/**
 * Revokes one key by id (idempotent: a key revoked before stays as it was). Undefined when no such key
 * exists, or it belongs to another municipality than `municipalityCode` (when given).
 */
export async function revokeApiKeyById(
  db: Kysely<Database>,
  id: string,
  revokedBy: string,
  municipalityCode?: string,
): Promise<ApiKeyRow | undefined> {
  const revoked = await db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('api_key').selectAll().where('id', '=', id).forUpdate()
    if (municipalityCode) query = query.where('municipality_code', '=', municipalityCode)
    const row = await query.executeTakeFirst()
    if (!row || row.revoked_at) return row
    return trx
      .updateTable('api_key')
      .set({ revoked_at: new Date(), revoked_by: revokedBy })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
  })
  keysChanged(db)
  return revoked
}
