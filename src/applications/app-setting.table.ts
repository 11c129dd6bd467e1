import type { ColumnType } from 'kysely'

type Timestamp = ColumnType<Date, never, never>

/** Settings the service generates once and keeps (the CPR pseudonym key: pseudonym.ts). */
export interface AppSettingTable {
  name: string
  value: string
  created_at: Timestamp
}
