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
  revoked_at: ColumnType<Date | null, never, Date>
}
export type ApiKeyRow = Selectable<ApiKeyTable>
export type NewApiKeyRow = Insertable<ApiKeyTable>
