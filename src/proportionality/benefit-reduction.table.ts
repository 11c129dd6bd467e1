import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, never, never>
/** jsonb: written as a JSON string or value, read as the parsed value. */
type Json<T> = ColumnType<T, string, string>

/** Recorded benefit reductions of an application (§ 32 proportionality). */
export interface BenefitReductionTable {
  id: Generated<string>
  application_id: string
  decided_reduction_percent: number
  max_proportionate_reduction_percent: number | null
  verdict: string
  effective_date: string
  moved_back_date: string | null
  full_benefit_restored_date: string | null
  justification: string | null
  assessment: Json<unknown>
  created_by: string
  created_at: Timestamp
}
