/**
 * SQL for one statistics query, from a cube or live from the base tables. Both produce the same columns
 * (period, the grouped dimensions, c0…cn counts, persons, value_sum, and tm/value for histograms), so
 * the repository reads them alike. Column names and predicates are constants of this module; every value
 * from the request is a bound parameter.
 */
import { type RawBuilder, sql } from 'kysely'
import { Unprocessable } from '../errors.ts'
import { type CountMeasure, EPOCH_MONTH, type GroupBy, type Kind, type StatisticsQuery } from './model.ts'
import type { Plan, Source } from './plan.ts'

export interface AggregateSpec {
  counts: readonly CountMeasure[]
  persons: boolean
  valueSum: boolean
  histogram: boolean
  /** The record-key sum beside each count (k0…kn): only figures that are perturbed need it. */
  keys?: boolean
}

/** Cap on SQL rows: beyond this a query is too fine-grained to be a statistic (the route answers 422). */
export const MAX_SQL_ROWS = 100_000

/** The one check of that cap, for SQL rows, zero-filled periods and computed rows alike. */
export function assertWithinRowLimit(rows: number): void {
  if (rows > MAX_SQL_ROWS) {
    throw new Unprocessable(
      'The query asks for too many rows; use a coarser interval or fewer groupBy dimensions.',
      { code: 'statistics-too-many-rows' },
    )
  }
}

/** The SQL column (and result column) of each dimension; the period is computed under that name. */
export const DIMENSION_COLUMN: Record<GroupBy, string> = {
  period: 'period',
  toMunicipality: 'to_municipality',
  fromMunicipality: 'from_municipality',
  groundType: 'ground_type',
  outcome: 'outcome',
  assessmentOutcome: 'assessment_outcome',
  category: 'category',
}

function periodStart(query: StatisticsQuery): RawBuilder<string> {
  switch (query.interval) {
    case 'month':
      return sql`month`
    case 'quarter':
      return sql`make_date(extract(year from month)::integer, ((extract(month from month)::integer - 1) / 3) * 3 + 1, 1)`
    default:
      return sql`make_date(extract(year from month)::integer, 1, 1)`
  }
}

function dimensionColumns(query: StatisticsQuery, source: Source): RawBuilder<unknown>[] {
  return query.groupBy.map((dim) => {
    if (dim === 'period') return sql`${periodStart(query)} as period`
    if ((dim === 'toMunicipality' || dim === 'fromMunicipality') && source.table === 'municipality') {
      return sql`municipality::text as ${sql.ref(DIMENSION_COLUMN[dim])}`
    }
    return sql`${sql.ref(DIMENSION_COLUMN[dim])}::text as ${sql.ref(DIMENSION_COLUMN[dim])}`
  })
}

function measureColumns(query: StatisticsQuery, spec: AggregateSpec, live: boolean): RawBuilder<unknown>[] {
  // Beside each count, the sum of its records' keys (the cell key method, src/statistics/perturbation.ts).
  const columns = spec.counts.flatMap((m, i) => [
    sql`coalesce(sum(facts) filter (where ${sql.raw(m.predicate)}), 0)::bigint as ${sql.ref(`c${i}`)}`,
    ...(spec.keys
      ? [sql`coalesce(sum(keys) filter (where ${sql.raw(m.predicate)}), 0)::bigint as ${sql.ref(`k${i}`)}`]
      : []),
  ])
  if (spec.persons) {
    const from = query.fromMonth ?? EPOCH_MONTH
    // A subset row counts only when its earliest member lies in the same period and in the range.
    const bound = query.groupBy.includes('period')
      ? sql`greatest(${periodStart(query)}, ${from}::date)`
      : sql`${from}::date`
    columns.push(
      live
        ? sql`count(distinct person_hash) as persons`
        : sql`coalesce(sum(persons) filter (where min_month >= ${bound}), 0)::bigint as persons`,
    )
  }
  if (spec.valueSum) columns.push(sql`coalesce(sum(facts * value), 0)::bigint as value_sum`)
  return columns
}

function histogramColumns(target: RawBuilder<unknown>): RawBuilder<unknown>[] {
  return [sql`${target} as tm`, sql`value`]
}

function groupAndLimit(query: StatisticsQuery, spec: AggregateSpec): RawBuilder<unknown> {
  const count = query.groupBy.length + (spec.histogram ? 2 : 0)
  const positions = Array.from({ length: count }, (_, i) => sql.raw(String(i + 1)))
  const group = count > 0 ? sql`group by ${sql.join(positions)}` : sql``
  return sql`${group} having sum(facts) > 0 limit ${sql.lit(MAX_SQL_ROWS + 1)}`
}

/** Conditions on the cube dimensions; the pair cube has no ground type (the plan never asks it for one). */
function cubeConditions(query: StatisticsQuery, detail: boolean, grounds = true): RawBuilder<unknown>[] {
  const { groupBy, filters } = query
  const where: RawBuilder<unknown>[] = [
    sql`kind = ${query.kind}`,
    sql`month between ${query.fromMonth ?? EPOCH_MONTH}::date and ${query.toMonth}::date`,
  ]
  if (grounds) {
    if (groupBy.includes('groundType')) where.push(sql`ground_type <> ''`)
    if (filters.groundType) where.push(sql`ground_type = ${filters.groundType}`)
    if (!groupBy.includes('groundType') && !filters.groundType) where.push(sql`ground_type = ''`)
  }
  if (groupBy.includes('outcome')) where.push(sql`outcome is not null`)
  if (filters.lgbtqRelated) where.push(sql`lgbtq`)
  if (detail) {
    if (groupBy.includes('category')) where.push(sql`category is not null`)
    if (groupBy.includes('assessmentOutcome')) where.push(sql`assessment_outcome is not null`)
    if (filters.category) where.push(sql`category = ${filters.category}`)
    if (filters.assessmentOutcome) where.push(sql`assessment_outcome = ${filters.assessmentOutcome}`)
  }
  return where
}

const overrideTarget = (column: string, query: StatisticsQuery) =>
  sql`case when ${sql.ref(column)}::text = any(${[...query.targetOverrides]}::text[]) then ${sql.ref(column)}::text else '' end`

export function cubeQuery(query: StatisticsQuery, plan: Plan, spec: AggregateSpec): RawBuilder<unknown> {
  const { source } = plan
  if (source.table === 'live') throw new Error('cubeQuery() called with a live plan')
  const where = cubeConditions(query, source.table === 'national_detail', source.table !== 'pair')
  let target: RawBuilder<unknown> = sql`''`
  if (source.table === 'pair') {
    const { filters } = query
    if (filters.toMunicipality) where.push(sql`to_municipality = ${filters.toMunicipality}`)
    if (filters.fromMunicipality) where.push(sql`from_municipality = ${filters.fromMunicipality}`)
  }
  if (source.table === 'municipality') {
    if (source.role) where.push(sql`role = ${source.role}`)
    if (source.municipality) where.push(sql`municipality = ${source.municipality}`)
    if (source.role === 'receiving') target = overrideTarget('municipality', query)
  }
  // Grouped columns first: GROUP BY refers to them by position.
  const columns = [
    ...dimensionColumns(query, source),
    ...(spec.histogram ? histogramColumns(target) : []),
    ...measureColumns(query, spec, false),
  ]
  return sql`select ${sql.join(columns)} from ${sql.table(`stats_cube_${source.table}`)}
    where ${sql.join(where, sql` and `)} ${groupAndLimit(query, spec)}`
}

/** Decisions of the municipalities with their own processing target, to move into their target group. */
export function overrideCorrectionQuery(query: StatisticsQuery, keys = false): RawBuilder<unknown> {
  const where = cubeConditions(query, false)
  // char(3) = any(char(3)[]) keeps the key index usable (a ::text cast on the column would not).
  where.push(sql`role = 'receiving'`, sql`municipality = any(${[...query.targetOverrides]}::char(3)[])`)
  const columns = [
    ...dimensionColumns(query, { table: 'national' }),
    ...histogramColumns(sql`municipality::text`),
    sql`sum(facts)::bigint as c0`,
    ...(keys ? [sql`sum(keys)::bigint as k0`] : []),
  ]
  return sql`select ${sql.join(columns)} from stats_cube_municipality where ${sql.join(where, sql` and `)}
    ${groupAndLimit(query, { counts: [], persons: false, valueSum: false, histogram: true })}`
}

const LGBTQ = sql`a.grounds @> '[{"type": "discrimination", "lgbtqRelated": true}]'::jsonb`
const OUTCOME = sql`coalesce(a.decision_outcome, case when a.status = 'withdrawn' then 'withdrawn' else 'pending' end)`

/** Per kind: the rows, the date that places them in a period, and the kind's value and detail. */
function liveFacts(kind: Kind): {
  from: RawBuilder<unknown>
  /** The fact's id, for its record key. */
  id: string
  date: string
  value: RawBuilder<unknown>
  detail: RawBuilder<unknown>
} {
  const application = sql`takeover_application a`
  switch (kind) {
    case 'application':
      return {
        from: application,
        id: 'a.id',
        date: 'a.received_date',
        value: sql`null::integer`,
        detail: sql`null::text`,
      }
    case 'decision':
      return {
        from: application,
        id: 'a.id',
        date: 'a.decision_date',
        value: sql`a.decision_date - a.received_date`,
        detail: sql`null::text`,
      }
    case 'appeal':
      return {
        from: application,
        id: 'a.id',
        date: 'a.appeal_lodged_date',
        value: sql`null::integer`,
        detail: sql`coalesce(a.appeal_outcome, 'pending')`,
      }
    case 'reduction':
      return {
        from: sql`benefit_reduction r join takeover_application a on a.id = r.application_id`,
        id: 'r.id',
        date: 'r.effective_date',
        value: sql`r.decided_reduction_percent`,
        detail: sql`null::text`,
      }
  }
}

/** The same figures straight from the base tables: exact, slower (used where no cube covers a query). */
export function liveQuery(query: StatisticsQuery, spec: AggregateSpec): RawBuilder<unknown> {
  const { groupBy, filters } = query
  const facts = liveFacts(query.kind)
  const date = sql.ref(facts.date)
  const where: RawBuilder<unknown>[] = [
    sql`${date} <= (${query.toMonth}::date + interval '1 month' - interval '1 day')::date`,
  ]
  if (query.fromMonth) where.push(sql`${date} >= ${query.fromMonth}::date`)
  if (filters.toMunicipality) where.push(sql`a.to_municipality = ${filters.toMunicipality}`)
  if (filters.fromMunicipality) where.push(sql`a.from_municipality = ${filters.fromMunicipality}`)
  if (query.ownMunicipality) {
    where.push(
      sql`(a.to_municipality = ${query.ownMunicipality} or a.from_municipality = ${query.ownMunicipality})`,
    )
  }
  if (filters.category) where.push(sql`a.category = ${filters.category}`)
  if (filters.assessmentOutcome) where.push(sql`a.assessment_outcome = ${filters.assessmentOutcome}`)
  if (filters.groundType) where.push(sql`a.ground_types @> array[${filters.groundType}]::text[]`)
  if (filters.lgbtqRelated) where.push(LGBTQ)
  const byGround = groupBy.includes('groundType')
  const ground = byGround
    ? sql`cross join lateral (select distinct unnest(a.ground_types) as ground_type) g`
    : sql``
  if (byGround && filters.groundType) where.push(sql`g.ground_type = ${filters.groundType}`)
  const source = sql`(select stats_month(${date}) as month, a.to_municipality, a.from_municipality, a.category,
      a.assessment_outcome, ${OUTCOME} as outcome, ${facts.value} as value, ${facts.detail} as detail,
      1 as facts, stats_record_key(${query.kind}, ${sql.ref(facts.id)}) as keys, a.person_hash ${byGround ? sql`, g.ground_type` : sql``}
    from ${facts.from} ${ground} where ${sql.join(where, sql` and `)}) src`
  const columns = [
    ...dimensionColumns(query, { table: 'live' }),
    ...(spec.histogram ? histogramColumns(overrideTarget('to_municipality', query)) : []),
    ...measureColumns(query, spec, true),
  ]
  return sql`select ${sql.join(columns)} from ${source} ${groupAndLimit(query, spec)}`
}
