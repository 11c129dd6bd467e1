/**
 * SQL for one statistics query, from a cube or live from the base tables. Both produce the same columns
 * (period, the grouped dimensions, c0…cn counts, persons, value_sum, and for histograms the target group
 * `tm` with the histogram as arrays `hv`/`hc`/`hk`), so the repository reads them alike. Column names
 * and predicates are constants of this module; every value from the request is a bound parameter.
 */
import { type RawBuilder, sql } from 'kysely'
import { GROUND_TYPES } from '../law/vocabulary.ts'
import {
  type CountMeasure,
  EPOCH_MONTH,
  type GroupBy,
  type Interval,
  type Kind,
  type StatisticsQuery,
} from './model.ts'
import { addMonths, MONTHS, periodOf } from './periods.ts'
import type { Plan, Source } from './plan.ts'
import { MAX_SQL_ROWS } from './row-limit.ts'

export interface AggregateSpec {
  counts: readonly CountMeasure[]
  persons: boolean
  valueSum: boolean
  histogram: boolean
  /** The record-key sum beside each count (k0…kn): only figures that are perturbed need it. */
  keys?: boolean
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
    if (
      (dim === 'toMunicipality' || dim === 'fromMunicipality') &&
      (source.table === 'municipality' || source.table === 'days')
    ) {
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

/**
 * A histogram query groups by (row, target group, value); this folds its answer to one SQL row per (row,
 * target group) with the histogram as arrays — `hv` the values, `hc` their counts, `hk` their key sums —
 * so that the entries reach the application as one row per (row, target group), not one per value (the
 * national and municipality cubes and the live path; the days cube has its own query, daysQuery()). The
 * arrays leave as JSON: the driver reads that with JSON.parse, ten times faster than an array's text.
 * The arrays are in no particular order but aligned (the aggregates of a group see its rows in the same
 * order); the application sorts a histogram where it needs one sorted. An `order by value` in each
 * aggregate made PostgreSQL 15 sort every group three times, and the outer grouping sort its input.
 */
function withHistogramArrays(query: StatisticsQuery, spec: AggregateSpec, inner: RawBuilder<unknown>) {
  if (!spec.histogram) return inner
  const dims = [...query.groupBy.map((d) => DIMENSION_COLUMN[d]), 'tm']
  const sums = [
    ...spec.counts.flatMap((_, i) => [`c${i}`, ...(spec.keys ? [`k${i}`] : [])]),
    ...(spec.persons ? ['persons'] : []),
    ...(spec.valueSum ? ['value_sum'] : []),
  ]
  const positions = dims.map((_, i) => sql.raw(String(i + 1)))
  return sql`select ${sql.join(dims.map((d) => sql.ref(d)))},
    ${sql.join(sums.map((c) => sql`sum(${sql.ref(c)})::bigint as ${sql.ref(c)}`))},
    array_to_json(array_agg(value)) as hv, array_to_json(array_agg(c0)) as hc
    ${spec.keys ? sql`, array_to_json(array_agg(k0)) as hk` : sql``}
    from (${inner}) h group by ${sql.join(positions)}`
}

/**
 * The pair cube's rows for the range: the years the range covers whole at year grain (migration
 * 20261128050000) unless the query groups by quarter or month, the months at either end at month grain.
 */
function pairMonths(query: StatisticsQuery): RawBuilder<unknown> {
  const from = query.fromMonth ?? EPOCH_MONTH
  const to = query.toMonth
  const { first, last } = periodsOfRange(from, to, 'year')
  if ((query.groupBy.includes('period') && query.interval !== 'year') || first > last) {
    return sql`(${monthly(from, to)})`
  }
  const parts = [sql`grain = 'year' and month between ${first}::date and ${last}::date`]
  if (from < first) parts.push(monthly(from, addMonths(first, -1)))
  if (addMonths(last, 11) < to) parts.push(monthly(addMonths(last, 12), to))
  return anyOf(parts)
}

/** Conditions on the cube dimensions; the pair cube has no ground type (the plan never asks it for one). */
function cubeConditions(
  query: StatisticsQuery,
  table: 'national' | 'national_detail' | 'municipality' | 'pair',
): RawBuilder<unknown>[] {
  const { groupBy, filters } = query
  const where: RawBuilder<unknown>[] = [
    sql`kind = ${query.kind}`,
    table === 'pair'
      ? pairMonths(query)
      : sql`month between ${query.fromMonth ?? EPOCH_MONTH}::date and ${query.toMonth}::date`,
  ]
  if (table !== 'pair') {
    if (groupBy.includes('groundType')) where.push(sql`ground_type <> ''`)
    if (filters.groundType) where.push(sql`ground_type = ${filters.groundType}`)
    if (!groupBy.includes('groundType') && !filters.groundType) where.push(sql`ground_type = ''`)
  }
  if (groupBy.includes('outcome')) where.push(sql`outcome is not null`)
  if (filters.lgbtqRelated) where.push(sql`lgbtq`)
  if (table === 'national_detail') {
    if (groupBy.includes('category')) where.push(sql`category is not null`)
    if (groupBy.includes('assessmentOutcome')) where.push(sql`assessment_outcome is not null`)
    if (filters.category) where.push(sql`category = ${filters.category}`)
    if (filters.assessmentOutcome) where.push(sql`assessment_outcome = ${filters.assessmentOutcome}`)
  }
  return where
}

const overrideTarget = (column: string, query: StatisticsQuery) =>
  sql`case when ${sql.ref(column)}::text = any(${[...query.targetOverrides]}::text[]) then ${sql.ref(column)}::text else '' end`

/** Rows that meet any of the conditions. */
const anyOf = (conditions: readonly RawBuilder<unknown>[]) =>
  sql`(${sql.join(
    conditions.map((condition) => sql`(${condition})`),
    sql` or `,
  )})`

/**
 * The periods of `grain` that the months `from` … `to` touch: the first (`head`) and the last (`tail`),
 * and the first and the last that the range covers whole (first > last: none).
 */
function periodsOfRange(from: string, to: string, grain: Interval) {
  const months = MONTHS[grain]
  const head = periodOf(from, grain)
  const tail = periodOf(to, grain)
  const first = head === from ? head : addMonths(head, months)
  const last = addMonths(tail, months - 1) > to ? addMonths(tail, -months) : tail
  return { head, tail, first, last }
}

/** Months `from` … `to` (first days) of a cube with a grain column, at month grain. */
const monthly = (from: string, to: string) =>
  sql`grain = 'month' and month between ${from}::date and ${to}::date`

interface DaysPart {
  /** The rows of one index range: a grain, and months from … to. */
  where: RawBuilder<unknown>
  grain: Interval
}

/**
 * Whether the months of `period` outside the range (before `from`, after `to`) hold no decision: the
 * national all-grounds rows say so in one index probe (every decision counts there, whatever its
 * ground and municipality). The probe runs once per query (an InitPlan).
 */
function outsideEmpty(period: string, grain: Interval, from: string, to: string): RawBuilder<unknown> {
  const end = addMonths(period, MONTHS[grain] - 1)
  const outside = [
    ...(period < from ? [sql`month between ${period}::date and ${addMonths(from, -1)}::date`] : []),
    ...(end > to ? [sql`month between ${addMonths(to, 1)}::date and ${end}::date`] : []),
  ]
  return sql`not exists (select from stats_cube_days where grain = 'month' and ground_type = ''
    and municipality is null and (${sql.join(outside, sql` or `)}) and facts <> 0)`
}

/**
 * The days cube's rows for the range, as index ranges. The range's whole periods of the interval (whole
 * years when not grouping by period) are read at that grain. A period at either end that the range
 * covers only in part is read at that grain too when its months outside the range hold no decision
 * (the running year: one year row instead of its months so far, 37 k of 115 k rows read for processing
 * times per receiving municipality per year), else as its months in the range at month grain. The
 * bounds of the first part are computed by the database (outsideEmpty()), so that it stays one index
 * range read in index order; each month part is skipped as a whole when not needed.
 */
function daysParts(query: StatisticsQuery): DaysPart[] {
  const from = query.fromMonth ?? EPOCH_MONTH
  const to = query.toMonth
  const grain = query.groupBy.includes('period') ? query.interval : 'year'
  if (grain === 'month') return [{ where: monthly(from, to), grain }]
  const months = MONTHS[grain]
  const { head, tail, first, last } = periodsOfRange(from, to, grain)
  // A period at either end that the range covers in part (one and the same when it lies within one).
  const partial = [...new Set([...(head < first ? [head] : []), ...(tail > last ? [tail] : [])])]
  const bound = (period: string, whole: string) =>
    partial.includes(period)
      ? sql`(select case when ${outsideEmpty(period, grain, from, to)} then ${period}::date else ${whole}::date end)`
      : sql`${whole}::date`
  const coarse = sql`grain = ${grain} and month between ${bound(head, first)} and ${bound(tail, last)}`
  return [
    { where: coarse, grain },
    ...partial.map((period) => {
      const end = addMonths(period, months - 1)
      const inside = monthly(period < from ? from : period, end > to ? to : end)
      return {
        where: sql`${inside} and not ${outsideEmpty(period, grain, from, to)}`,
        grain: 'month' as const,
      }
    }),
  ]
}

/**
 * Conditions on the days cube but the months: its grounds are the known ground types (an index
 * condition, where `<> ''` would scan every ground row of every municipality); NULL municipality = all
 * together.
 */
function daysConditions(query: StatisticsQuery, municipality: RawBuilder<unknown>): RawBuilder<unknown>[] {
  const { groupBy, filters } = query
  const where = [municipality]
  if (filters.groundType) where.push(sql`ground_type = ${filters.groundType}`)
  else if (groupBy.includes('groundType')) where.push(sql`ground_type = any(${[...GROUND_TYPES]}::text[])`)
  else where.push(sql`ground_type = ''`)
  return where
}

/**
 * The municipality condition of a days part. Grouped by municipality: at year grain every year row of
 * every municipality (`is not null`: ≈ 85 k rows for all years, read in the index's order of
 * municipality and month, so that the grouping needs no sort); at a finer grain each municipality (a
 * receiving municipality is one of the municipality table: a foreign key) as an index condition, so
 * that the key index is descended once per municipality and bounded by month there.
 */
function daysMunicipality(
  query: StatisticsQuery,
  municipality: string | undefined,
  grain: Interval,
): RawBuilder<unknown> {
  if (municipality !== undefined) return sql`municipality = ${municipality}`
  if (!query.groupBy.includes('toMunicipality')) return sql`municipality is null`
  return grain === 'year'
    ? sql`municipality is not null`
    : sql`municipality = any(array(select code from municipality))`
}

/**
 * Processing times from the days cube. Each part's cube rows are grouped by the cube's own columns
 * (municipality, month, ground type: no expression to compute per row, a few thousand groups, in index
 * order at year grain) into one SQL row each with its histogram as arrays; the periods and target
 * groups are computed from those few rows, and rows of one period (a year's months at either end of the
 * range, say) are added up by the application. Grouping by (row, target group, value) first, as
 * withHistogramArrays() does, built a hash table of 85 k entries that took most of the query's time.
 */
function daysQuery(
  query: StatisticsQuery,
  municipality: string | undefined,
  spec: AggregateSpec,
): RawBuilder<unknown> {
  const municipal = municipality !== undefined || query.groupBy.includes('toMunicipality')
  const raw = [
    ...(municipal ? ['municipality'] : []),
    ...(query.groupBy.includes('period') ? ['month'] : []),
    ...(query.groupBy.includes('groundType') ? ['ground_type'] : []),
  ].map((column) => sql.ref(column))
  // The cube's `facts` are the decisions: the histogram's counts, as the report's one count (decided).
  const grouped = daysParts(query).map(
    (part) => sql`select ${sql.join([...raw, ...measureColumns(query, spec, false)])},
      array_agg(value) as hv, array_agg(facts) as hc ${spec.keys ? sql`, array_agg(keys) as hk` : sql``}
    from stats_cube_days
    where ${sql.join([part.where, ...daysConditions(query, daysMunicipality(query, municipality, part.grain))], sql` and `)}
    ${raw.length > 0 ? sql`group by ${sql.join(raw)}` : sql``} having sum(facts) > 0`,
  )
  const sums = spec.counts.flatMap((_, i) => [`c${i}`, ...(spec.keys ? [`k${i}`] : [])])
  const columns = [
    ...dimensionColumns(query, { table: 'days', municipality }),
    sql`${municipal ? overrideTarget('municipality', query) : sql`''`} as tm`,
    ...sums.map((column) => sql.ref(column)),
  ]
  return sql`select ${sql.join(columns)},
      array_to_json(hv) as hv, array_to_json(hc) as hc ${spec.keys ? sql`, array_to_json(hk) as hk` : sql``}
    from (${sql.join(grouped, sql` union all `)}) g limit ${sql.lit(MAX_SQL_ROWS + 1)}`
}

export function cubeQuery(query: StatisticsQuery, plan: Plan, spec: AggregateSpec): RawBuilder<unknown> {
  const { source } = plan
  if (source.table === 'live') throw new Error('cubeQuery() called with a live plan')
  if (source.table === 'days') return daysQuery(query, source.municipality, spec)
  const where = cubeConditions(query, source.table)
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
  return withHistogramArrays(
    query,
    spec,
    sql`select ${sql.join(columns)} from ${sql.table(`stats_cube_${source.table}`)}
      where ${sql.join(where, sql` and `)} ${groupAndLimit(query, spec)}`,
  )
}

/**
 * Decisions of the municipalities with their own processing target, to move into their target group:
 * from the days cube when it answers the query (it has them by ground), else the municipality cube.
 */
export function overrideCorrectionQuery(
  query: StatisticsQuery,
  plan: Plan,
  keys = false,
): RawBuilder<unknown> {
  // char(3) = any(char(3)[]) keeps the key index usable (a ::text cast on the column would not).
  const overridden = sql`municipality = any(${[...query.targetOverrides]}::char(3)[])`
  const days = plan.source.table === 'days'
  const where = days
    ? [anyOf(daysParts(query).map((part) => part.where)), ...daysConditions(query, overridden)]
    : cubeConditions(query, 'municipality')
  if (!days) where.push(sql`role = 'receiving'`, overridden)
  const columns = [
    ...dimensionColumns(query, { table: 'national' }),
    ...histogramColumns(sql`municipality::text`),
    sql`sum(facts)::bigint as c0`,
    ...(keys ? [sql`sum(keys)::bigint as k0`] : []),
  ]
  return sql`select ${sql.join(columns)} from ${sql.table(days ? 'stats_cube_days' : 'stats_cube_municipality')}
    where ${sql.join(where, sql` and `)}
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
  return withHistogramArrays(
    query,
    spec,
    sql`select ${sql.join(columns)} from ${source} ${groupAndLimit(query, spec)}`,
  )
}
