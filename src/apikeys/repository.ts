import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { ApiKeyRow, NewApiKeyRow } from './api-key.table.ts'

type Db = Kysely<Database> | Transaction<Database>

export function insertApiKey(db: Db, row: NewApiKeyRow): Promise<ApiKeyRow> {
  return db.insertInto('api_key').values(row).returningAll().executeTakeFirstOrThrow()
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

/** Revokes by id or by name; returns the number of keys revoked. */
export async function revokeApiKey(db: Db, idOrName: string): Promise<number> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName)
  const result = await db
    .updateTable('api_key')
    .set({ revoked_at: new Date() })
    .where(isUuid ? 'id' : 'name', '=', idOrName)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
