import { SENSITIVE_GROUND_TYPES } from '../law/vocabulary.ts'
import type { Bucket, GroupBy, Interval, StatisticsQuery } from './model.ts'
import { periodBounds } from './periods.ts'
import { perturbCounts } from './perturbation.ts'
import type { Report, Targets } from './reports.ts'
import { suppress } from './suppression.ts'

export type OutputRow = Record<string, string | number | null | string[]>

export interface Assembled {
  columns: string[]
  rows: OutputRow[]
  /** Published counts set to null. */
  suppressed: number
}

export function periodLabel(start: string, interval: Interval): string {
  if (interval === 'year') return start.slice(0, 4)
  if (interval === 'month') return start.slice(0, 7)
  return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`
}

function compareBuckets(groupBy: readonly GroupBy[]) {
  return (a: Bucket, b: Bucket) => {
    for (const dim of groupBy) {
      const x = a.dims[dim] ?? ''
      const y = b.dims[dim] ?? ''
      if (x !== y) return x < y ? -1 : 1
    }
    return 0
  }
}

/** The published columns in order: period, its dates, the other dimensions, the measures, suppressed. */
export function columnsOf(report: Report, query: StatisticsQuery): string[] {
  const dims = query.groupBy.filter((d) => d !== 'period')
  const period = query.groupBy.includes('period') ? ['period'] : []
  return [...period, 'periodStart', 'periodEnd', ...dims, ...report.columns, 'suppressed']
}

/**
 * The bucket with each count replaced by the sum of its records' keys, so that a report's own `counts`
 * derives the keys of its derived measures (decided = approved + refused, …) exactly as their values.
 * Distinct persons take the key of the report's first count (the applications or reductions they made).
 */
function keyBucket(report: Report, bucket: Bucket): Bucket {
  return {
    ...bucket,
    counts: bucket.keys,
    persons: bucket.keys[report.spec.counts[0]!.name] ?? 0,
    histogram: bucket.keyHistogram,
  }
}

/** Buckets → published rows in a stable order (by the grouped dimensions), suppressed as documented. */
export function assemble(
  report: Report,
  buckets: readonly Bucket[],
  query: StatisticsQuery,
  options: {
    sensitiveEverywhere: boolean
    threshold: number
    targets: Targets
    /** The cell key method: figures answered to anyone but the data's owner (perturbation.ts). */
    perturb: boolean
    /** The effective range (whole months; `from` null = from the first record). */
    range: { from: string | null; to: string }
  },
): Assembled {
  const sorted = [...buckets].sort(compareBuckets(query.groupBy))
  const counts = sorted.map((bucket) => report.counts(bucket, options.targets))
  const sensitive = sorted.map(
    (bucket) =>
      options.sensitiveEverywhere ||
      (bucket.dims.groundType !== undefined &&
        (SENSITIVE_GROUND_TYPES as readonly string[]).includes(bucket.dims.groundType)),
  )
  const hidden = suppress(
    sorted.map((bucket, i) => ({
      key: query.groupBy.map((dim) => bucket.dims[dim] ?? ''),
      values: counts[i]!,
      sensitive: sensitive[i]!,
    })),
    { ...report.rules, threshold: options.threshold },
  )
  // Suppression decides on the exact counts; the perturbed ones are what is published.
  const published = sorted.map((bucket, i) => {
    if (!options.perturb) return counts[i]!
    const keys = report.counts(keyBucket(report, bucket), options.targets)
    return perturbCounts(counts[i]!, keys, report.rules, sensitive[i] ? options.threshold : 0)
  })
  let suppressed = 0
  const none = new Set<string>()
  const dims = query.groupBy.filter((dim) => dim !== 'period')
  const rows = sorted.map((bucket, i) => {
    const row: OutputRow = {}
    const start = bucket.dims.period
    if (start === undefined) {
      row.periodStart = options.range.from
      row.periodEnd = options.range.to
    } else {
      row.period = periodLabel(start, query.interval)
      const { periodStart, periodEnd } = periodBounds(start, query.interval, options.range)
      row.periodStart = periodStart
      row.periodEnd = periodEnd
    }
    for (const dim of dims) row[dim] = bucket.dims[dim] ?? null
    const measures = report.publish(published[i]!, hidden[i]!, bucket, options.targets)
    for (const column of report.columns) row[column] = measures[column] ?? null
    row.suppressed = []
    if (hidden[i]!.size === 0) return row
    for (const name of hidden[i]!) if (report.columns.includes(name)) suppressed += 1
    // Suppressed = null because of suppression (a rate of a suppressed count included), as opposed to
    // null because not applicable (a rate with nothing decided), which is null without suppression too.
    const unsuppressed = report.publish(published[i]!, none, bucket, options.targets)
    row.suppressed = report.columns.filter((c) => measures[c] === null && unsuppressed[c] !== null)
    return row
  })
  return { columns: columnsOf(report, query), rows, suppressed }
}
