import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

type Timestamp = ColumnType<Date, never, never>
/** jsonb: written as a JSON string or value, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>

export interface TakeoverApplicationTable {
  id: Generated<string>
  external_reference: string
  person_hash: string
  category: string
  from_municipality: string
  to_municipality: string
  received_date: string
  planned_move_date: string | null
  responsibility_date: string | null
  visitation_decision_date: string | null
  residence_permit_date: string | null
  cpr_registration_date: string | null
  grounds: Json<unknown[]>
  ground_types: string[]
  assessment: Json<unknown>
  assessment_outcome: string
  handover_dates: Json<unknown> | null
  status: Generated<string>
  decision_outcome: string | null
  decision_date: string | null
  decision_legal_basis: string | null
  decision_justification: string | null
  decision_conditions: Json<unknown[]> | null
  refused_although_obligated: Generated<boolean>
  move_date: string | null
  takeover_effective_date: string | null
  withdrawn_date: string | null
  appeal_lodged_date: string | null
  appeal_outcome: string | null
  appeal_decision_date: string | null
  /** Incremented by the database's transition trigger on every update; the ETag. */
  version: ColumnType<number, never, never>
  created_by: string
  created_at: Timestamp
  /** Set by the database's transition trigger on every update. */
  updated_at: Timestamp
}
export type ApplicationRow = Selectable<TakeoverApplicationTable>
export type NewApplicationRow = Insertable<TakeoverApplicationTable>
export type ApplicationUpdate = Updateable<TakeoverApplicationTable>

export interface ApplicationEventTable {
  id: Generated<number>
  application_id: string
  type: string
  actor: string
  actor_municipality: string | null
  occurred_at: Timestamp
  status_before: string | null
  status_after: string | null
  details: Json<Record<string, unknown>>
}
export type ApplicationEventRow = Selectable<ApplicationEventTable>
