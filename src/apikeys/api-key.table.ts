import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { Scope } from './scopes.ts'

export interface ApiKeyTable {
  id: Generated<string>
  name: string
  key_hash: string
  key_prefix: string
  municipality_code: string | null
  scopes: Scope[]
  created_at: ColumnType<Date, never, never>
  /** Who created the key: the admin key's name, `npm run apikey` (with the OS user) or `first start`. */
  created_by: ColumnType<string, string | undefined, never>
  revoked_at: ColumnType<Date | null, never, Date>
  revoked_by: ColumnType<string | null, never, string>
}
export type ApiKeyRow = Selectable<ApiKeyTable>
export type NewApiKeyRow = Insertable<ApiKeyTable>
