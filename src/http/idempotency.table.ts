import type { ColumnType } from 'kysely'

type Timestamp = ColumnType<Date, never, never>
/** jsonb: written as a JSON string or value, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>

/** Idempotency-Keys, hashed, with the first answer to replay (idempotency.ts). */
export interface IdempotencyKeyTable {
  client_id: string
  key: string
  request_hash: string
  status_code: number | null
  response_body: Json<unknown> | null
  resource_id: string | null
  /** Headers a replay repeats (Location, ETag); null for creates, whose answer implies them. */
  response_headers: ColumnType<Record<string, string> | null, string | undefined, string | null>
  created_at: Timestamp
  expires_at: Date
}
