import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema.ts'
import { Unavailable } from '../errors.ts'
import type { Bucket, GroupBy, StatisticsQuery } from './model.ts'
import { type Plan, planQuery } from './plan.ts'
import { assertWithinRowLimit } from './row-limit.ts'
import { type AggregateSpec, cubeQuery, DIMENSION_COLUMN, liveQuery, overrideCorrectionQuery } from './sql.ts'

/** A statistics query is a read; a runaway live query must not hold a connection for long. */
const STATEMENT_TIMEOUT_MS = 20_000

/**
 * Memory for the statistics query's hash tables, for its transaction only (PostgreSQL lets a hash table
 * use twice work_mem: hash_mem_multiplier). At the default 4 MB they spilled to disk: to × from
 * municipality for a year groups 75 k pair-cube rows into 9.5 k rows in a 10.6 MB table (95 ms; 48 ms
 * in memory), a live histogram query its (row, target group, value) entries.
 */
export const WORK_MEM = '32MB'

type SqlRow = Record<string, unknown>

export interface FetchResult {
  buckets: Bucket[]
  plan: Plan
}

/**
 * Runs a statistics query in one read-only, repeatable-read transaction (the cube and the correction
 * query see the same snapshot). JIT is off: compiling costs 100–200 ms, more than these queries run.
 */
export async function fetchBuckets(
  db: Kysely<Database>,
  query: StatisticsQuery,
  spec: AggregateSpec,
  /** `live`: bypass the cubes (tests compare both paths). */
  options: { live?: boolean } = {},
): Promise<FetchResult> {
  try {
    return await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const settings = await sql<{ heavy: boolean }>`select set_config('jit', 'off', true),
            set_config('statement_timeout', ${String(STATEMENT_TIMEOUT_MS)}, true),
            set_config('work_mem', ${WORK_MEM}, true),
            exists (select 1 from stats_heavy_person where kind = ${query.kind}) as heavy`.execute(trx)
        const plan: Plan = options.live
          ? { source: { table: 'live' }, overrideCorrection: false }
          : planQuery(query, settings.rows[0]?.heavy ?? false)
        const main = await (plan.source.table === 'live'
          ? liveQuery(query, spec)
          : cubeQuery(query, plan, spec)
        ).execute(trx)
        const buckets = toBuckets(query.groupBy, spec, main.rows as SqlRow[])
        if (plan.overrideCorrection) {
          const correction = await overrideCorrectionQuery(query, plan, spec.keys).execute(trx)
          applyCorrection(query.groupBy, buckets, correction.rows as SqlRow[])
        }
        return { buckets: [...buckets.values()], plan }
      })
  } catch (error) {
    if ((error as { code?: unknown }).code === '57014') {
      throw new Unavailable('The statistics query took too long; narrow it (filters, a coarser interval).', {
        code: 'statistics-timeout',
      })
    }
    throw error
  }
}

function dimsOf(groupBy: readonly GroupBy[], row: SqlRow): Partial<Record<GroupBy, string>> {
  const dims: Partial<Record<GroupBy, string>> = {}
  for (const dim of groupBy) dims[dim] = String(row[DIMENSION_COLUMN[dim]])
  return dims
}

const keyOf = (groupBy: readonly GroupBy[], dims: Partial<Record<GroupBy, string>>) =>
  JSON.stringify(groupBy.map((d) => dims[d]))

/** The histogram of one target group, made on first use. */
function groupOf(histogram: Map<string, Map<number, number>>, target: string): Map<number, number> {
  const group = histogram.get(target) ?? new Map<number, number>()
  histogram.set(target, group)
  return group
}

const add = (group: Map<number, number>, value: number, count: number) =>
  group.set(value, (group.get(value) ?? 0) + count)

function addTo(
  histogram: Map<string, Map<number, number>>,
  target: string,
  value: number,
  count: number,
): void {
  add(groupOf(histogram, target), value, count)
}

/** addTo() for a whole histogram of one target group: `values[j]` counted `counts[j]` times. */
function addAll(
  histogram: Map<string, Map<number, number>>,
  target: string,
  values: readonly number[],
  counts: readonly number[],
): void {
  const group = groupOf(histogram, target)
  for (let j = 0; j < values.length; j++) add(group, values[j]!, counts[j]!)
}

/**
 * SQL rows → one bucket per output row; histogram queries return SQL rows with the histogram as arrays
 * (sql.ts), several for one output row where the days cube answers a period from its months, and the
 * histograms' entries (row, target group, value) count against the row limit.
 */
function toBuckets(groupBy: readonly GroupBy[], spec: AggregateSpec, rows: SqlRow[]): Map<string, Bucket> {
  assertWithinRowLimit(rows.length)
  const buckets = new Map<string, Bucket>()
  const measures = spec.counts.map((measure, i) => ({ name: measure.name, count: `c${i}`, key: `k${i}` }))
  for (const row of rows) {
    const dims = dimsOf(groupBy, row)
    const key = keyOf(groupBy, dims)
    let bucket = buckets.get(key)
    if (!bucket) {
      bucket = {
        dims,
        counts: {},
        persons: 0,
        valueSum: 0,
        histogram: new Map(),
        keys: {},
        keyHistogram: new Map(),
      }
      buckets.set(key, bucket)
    }
    for (const { name, count, key } of measures) {
      bucket.counts[name] = (bucket.counts[name] ?? 0) + Number(row[count])
      if (spec.keys) bucket.keys[name] = (bucket.keys[name] ?? 0) + Number(row[key])
    }
    if (spec.persons) bucket.persons += Number(row.persons)
    if (spec.valueSum) bucket.valueSum += Number(row.value_sum)
    if (spec.histogram) {
      const target = String(row.tm)
      addAll(bucket.histogram, target, row.hv as number[], row.hc as number[])
      if (row.hk) addAll(bucket.keyHistogram, target, row.hv as number[], row.hk as number[])
    }
  }
  if (spec.histogram) assertWithinRowLimit(histogramEntries(buckets.values()))
  return buckets
}

function histogramEntries(buckets: Iterable<Bucket>): number {
  let entries = 0
  for (const bucket of buckets) for (const group of bucket.histogram.values()) entries += group.size
  return entries
}

function applyCorrection(groupBy: readonly GroupBy[], buckets: Map<string, Bucket>, rows: SqlRow[]): void {
  for (const row of rows) {
    const bucket = buckets.get(keyOf(groupBy, dimsOf(groupBy, row)))
    if (!bucket) continue
    const count = Number(row.c0)
    addTo(bucket.histogram, '', Number(row.value), -count)
    addTo(bucket.histogram, String(row.tm), Number(row.value), count)
    if (row.k0 === undefined) continue
    const keys = Number(row.k0)
    addTo(bucket.keyHistogram, '', Number(row.value), -keys)
    addTo(bucket.keyHistogram, String(row.tm), Number(row.value), keys)
  }
}
