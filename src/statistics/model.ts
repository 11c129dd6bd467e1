/**
 * The statistics vocabulary shared by the query planner, the SQL builders, suppression and the routes.
 * A request becomes one `StatisticsQuery`; the database answers it with `Bucket`s (one per output row);
 * each report turns buckets into the published rows.
 */
import type { ApplicantCategory, AssessmentOutcome, GroundType } from '../law/vocabulary.ts'

export const GROUP_BY = [
  'period',
  'toMunicipality',
  'fromMunicipality',
  'groundType',
  'outcome',
  'assessmentOutcome',
  'category',
] as const
export type GroupBy = (typeof GROUP_BY)[number]

export const INTERVALS = ['year', 'quarter', 'month'] as const
export type Interval = (typeof INTERVALS)[number]

/**
 * The facts behind each report and the date that places them in a period: applications by the date
 * received, decisions (processing times) by the decision date, appeals by the date lodged, benefit
 * reductions by their effective date. Same kinds as the statistics migration.
 */
export type Kind = 'application' | 'decision' | 'appeal' | 'reduction'

/** Application outcome as a dimension: the decision, or where the application stands without one. */
export const OUTCOMES = ['approved', 'refused', 'withdrawn', 'pending'] as const

export interface Filters {
  toMunicipality?: string
  fromMunicipality?: string
  groundType?: GroundType
  category?: ApplicantCategory
  assessmentOutcome?: AssessmentOutcome
  /** Only applications citing discrimination with `lgbtqRelated: true` (seed 000's question). */
  lgbtqRelated?: true
}

export interface StatisticsQuery {
  kind: Kind
  /** First day of the first month included (whole months: see routes). Undefined = from the start. */
  fromMonth: string | undefined
  /** First day of the last month included. */
  toMonth: string
  interval: Interval
  /** Canonical order (GROUP_BY), no duplicates. */
  groupBy: readonly GroupBy[]
  filters: Filters
  /** Scope `own` of a municipality key: only applications it receives or departs from. */
  ownMunicipality: string | undefined
  /** Processing-time targets overriding the default (D-PROCESSING), by receiving municipality. */
  targetOverrides: readonly string[]
}

/** A count measure: `facts` summed where `predicate` (SQL over outcome/detail/value) holds. */
export interface CountMeasure {
  name: string
  predicate: string
}

/** One output row as the database returns it, before suppression. */
export interface Bucket {
  /** Dimension values by GroupBy name; `period` is the first day of the period. */
  dims: Partial<Record<GroupBy, string>>
  counts: Record<string, number>
  /** Distinct persons (kinds application and reduction). */
  persons: number
  /** Sum of `value` over the facts (reduction percent). */
  valueSum: number
  /** Histogram of `value` (processing days) per processing-target group ('' = the default target). */
  histogram: Map<string, Map<number, number>>
  /**
   * The sum of the record keys of the records behind each count, and behind each histogram entry
   * (the cell key method: src/statistics/perturbation.ts).
   */
  keys: Record<string, number>
  keyHistogram: Map<string, Map<number, number>>
}

export const EPOCH_MONTH = '1900-01-01'
