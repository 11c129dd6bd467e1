import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

/** jsonb: written as a JSON string, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>

/** The transactional outbox (migration 20261127150000). */
export interface EventOutboxTable {
  position: ColumnType<number, never, never>
  id: Generated<string>
  type: string
  application_id: string
  from_municipality: string
  to_municipality: string
  occurred_at: ColumnType<Date, never, never>
  data: Json<Record<string, unknown>>
}
export type OutboxRow = Selectable<EventOutboxTable>
export type NewOutboxRow = Insertable<EventOutboxTable>
