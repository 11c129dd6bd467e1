import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, never, never>

/** Who read which application or person, and how (rules.md § 6; applications/repository.ts writes it). */
export interface AccessLogTable {
  id: Generated<number>
  application_id: string | null
  person_hash: string | null
  action: string
  via: ColumnType<string | null, string | undefined, never>
  actor: string
  actor_municipality: string | null
  accessed_at: Timestamp
}
