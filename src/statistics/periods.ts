/**
 * Periods as dates (issue 19 item 1): every row's period as `periodStart`/`periodEnd`, and every period
 * of the requested range present, with zeros where nothing happened, so that a chart's time axis has
 * no gaps. `from`/`to` are widened to whole months (routes); the first and the last period of a range
 * can therefore be partial (from=2017-06-01 by year: the row 2017 covers 2017-06-01 … 2017-12-31), and
 * `periodStart`/`periodEnd` say exactly which days a row covers.
 */
import { addMonthsClamped } from '../law/dates.ts'
import type { Bucket, GroupBy, Interval, StatisticsQuery } from './model.ts'
import { lastDayOfMonth } from './request.ts'
import { assertWithinRowLimit } from './row-limit.ts'

export const MONTHS: Record<Interval, number> = { month: 1, quarter: 3, year: 12 }

/** The 1st of the month `n` months after `month` (YYYY-MM or YYYY-MM-DD), through src/law/dates.ts. */
export const addMonths = (month: string, n: number) => addMonthsClamped(`${month.slice(0, 7)}-01`, n).date

/** The first day of the period (of `interval`) holding the month `month` (YYYY-MM-01). */
export function periodOf(month: string, interval: Interval): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const first = Math.floor((m - 1) / MONTHS[interval]) * MONTHS[interval] + 1
  return `${year}-${String(first).padStart(2, '0')}-01`
}

/** The days a row of the period starting `start` covers, clipped to the effective range. */
export function periodBounds(
  start: string,
  interval: Interval,
  range: { from: string | null; to: string },
): { periodStart: string; periodEnd: string } {
  const end = lastDayOfMonth(addMonths(start, MONTHS[interval] - 1))
  return {
    periodStart: range.from !== null && range.from > start ? range.from : start,
    periodEnd: end > range.to ? range.to : end,
  }
}

/** Every period start from the one holding `fromMonth` to the one holding `toMonth`. */
export function periodsBetween(fromMonth: string, toMonth: string, interval: Interval): string[] {
  const periods: string[] = []
  for (let p = periodOf(fromMonth, interval); p <= toMonth; p = addMonths(p, MONTHS[interval]))
    periods.push(p)
  return periods
}

const emptyBucket = (dims: Bucket['dims']): Bucket => ({
  dims,
  counts: {},
  persons: 0,
  valueSum: 0,
  histogram: new Map(),
  keys: {},
  keyHistogram: new Map(),
})

/**
 * Adds a zero bucket for every period of the range that a series lacks; a series is one combination of
 * the other grouped dimensions that occurs in the answer. Without `from`, the range starts at the first
 * period with data. Returns the buckets and the effective first month.
 */
export function fillPeriods(
  buckets: readonly Bucket[],
  query: StatisticsQuery,
): { buckets: Bucket[]; fromMonth: string | undefined } {
  if (!query.groupBy.includes('period')) return { buckets: [...buckets], fromMonth: query.fromMonth }
  const starts = buckets.map((b) => b.dims.period!).sort()
  const fromMonth = query.fromMonth ?? starts[0]
  if (fromMonth === undefined) return { buckets: [], fromMonth }
  const periods = periodsBetween(fromMonth, query.toMonth, query.interval)
  const others = query.groupBy.filter((d): d is Exclude<GroupBy, 'period'> => d !== 'period')
  const seriesKey = (dims: Bucket['dims']) => JSON.stringify(others.map((d) => dims[d]))
  const series = new Map<string, Bucket['dims']>()
  const present = new Set<string>()
  for (const bucket of buckets) {
    series.set(seriesKey(bucket.dims), bucket.dims)
    present.add(`${bucket.dims.period}|${seriesKey(bucket.dims)}`)
  }
  if (others.length === 0) series.set(seriesKey({}), {})
  assertWithinRowLimit(periods.length * series.size)
  const filled = [...buckets]
  for (const [key, dims] of series) {
    for (const period of periods) {
      if (present.has(`${period}|${key}`)) continue
      const zero: Bucket['dims'] = { period }
      for (const d of others) zero[d] = dims[d]
      filled.push(emptyBucket(zero))
    }
  }
  return { buckets: filled, fromMonth }
}
