import type { ColumnType, Generated, Selectable } from 'kysely'

export interface TakeoverMilestoneTable {
  id: Generated<string>
  application_id: string
  type: string
  date: string
  note: string | null
  supersedes: string | null
  recorded_by: string
  recorded_at: ColumnType<Date, never, never>
}
export type MilestoneRow = Selectable<TakeoverMilestoneTable>
