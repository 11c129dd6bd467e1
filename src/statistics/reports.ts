/**
 * The four reports: which facts they count, their published columns in order, the additive relations
 * suppression must respect, and the values derived after suppression (rates, medians).
 */
import type { Bucket, Kind } from './model.ts'
import type { AggregateSpec } from './sql.ts'
import type { SuppressionRules } from './suppression.ts'

export type ReportName = 'takeover-applications' | 'processing-times' | 'appeals' | 'benefit-reductions'

export interface Targets {
  /** Processing target in days for a target group ('' = the default; else a municipality code). */
  of(group: string): number
}

export interface Report {
  kind: Kind
  spec: AggregateSpec
  /** Published measure columns, in output order. */
  columns: readonly string[]
  rules: Omit<SuppressionRules, 'threshold'>
  /** Every count of the row, published and virtual, before suppression. */
  counts(bucket: Bucket, targets: Targets): Record<string, number>
  /** The published measures; `hidden` holds the suppressed counts. */
  publish(
    counts: Record<string, number>,
    hidden: ReadonlySet<string>,
    bucket: Bucket,
    targets: Targets,
  ): Record<string, number | null>
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
const shown = (counts: Record<string, number>, hidden: ReadonlySet<string>, name: string) =>
  hidden.has(name) ? null : (counts[name] ?? 0)
const ratio = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator === 0 ? null : round(numerator / denominator, 4)

function publishCounts(
  columns: readonly string[],
  counts: Record<string, number>,
  hidden: ReadonlySet<string>,
) {
  const row: Record<string, number | null> = {}
  for (const column of columns) row[column] = shown(counts, hidden, column)
  return row
}

/** percentile_cont(p) of a histogram: linear interpolation between the two nearest ranks (as PostgreSQL). */
export function percentileCont(histogram: ReadonlyMap<number, number>, p: number): number | null {
  return percentileOfSorted(sortedEntries(histogram), p)
}

/** The histogram's non-empty entries in ascending order of value. */
function sortedEntries(histogram: ReadonlyMap<number, number>): [value: number, n: number][] {
  return [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b)
}

/** percentile_cont(p) of the entries of sortedEntries(). */
function percentileOfSorted(values: readonly [value: number, n: number][], p: number): number | null {
  const total = values.reduce((sum, [, n]) => sum + n, 0)
  if (total === 0) return null
  const position = p * (total - 1)
  const at = (rank: number) => {
    let seen = 0
    for (const [value, n] of values) {
      seen += n
      if (rank < seen) return value
    }
    return values.at(-1)![0]
  }
  const lower = at(Math.floor(position))
  const upper = at(Math.ceil(position))
  return round(lower + (position - Math.floor(position)) * (upper - lower), 2)
}

/** Whether a target group's histogram counts any decision (without copying it, once per row). */
function hasDecisions(histogram: ReadonlyMap<number, number>): boolean {
  for (const n of histogram.values()) if (n > 0) return true
  return false
}

/** The histogram of all target groups together (the one group's own when there is one). */
function mergedHistogram(bucket: Bucket): ReadonlyMap<number, number> {
  if (bucket.histogram.size === 1) return bucket.histogram.values().next().value!
  const merged = new Map<number, number>()
  for (const values of bucket.histogram.values()) {
    for (const [value, n] of values) merged.set(value, (merged.get(value) ?? 0) + n)
  }
  return merged
}

const applications: Report = {
  kind: 'application',
  spec: {
    counts: [
      { name: 'received', predicate: 'true' },
      { name: 'approved', predicate: `outcome = 'approved'` },
      { name: 'refused', predicate: `outcome = 'refused'` },
      { name: 'withdrawn', predicate: `outcome = 'withdrawn'` },
      { name: 'pending', predicate: `outcome = 'pending'` },
    ],
    persons: true,
    valueSum: false,
    histogram: false,
  },
  columns: [
    'received',
    'decided',
    'approved',
    'refused',
    'withdrawn',
    'pending',
    'distinctPersons',
    'approvalRate',
  ],
  rules: {
    measures: ['received', 'decided', 'approved', 'refused', 'withdrawn', 'pending', 'distinctPersons'],
    relations: [
      { total: 'received', parts: ['decided', 'withdrawn', 'pending'] },
      { total: 'decided', parts: ['approved', 'refused'] },
    ],
    dependents: { received: ['distinctPersons'] },
  },
  counts: (b) => ({
    ...b.counts,
    decided: (b.counts.approved ?? 0) + (b.counts.refused ?? 0),
    distinctPersons: b.persons,
  }),
  publish(counts, hidden) {
    const row = publishCounts(this.columns.slice(0, -1), counts, hidden)
    return { ...row, approvalRate: ratio(row.approved ?? null, row.decided ?? null) }
  },
}

const processingTimes: Report = {
  kind: 'decision',
  spec: {
    counts: [{ name: 'decided', predicate: 'true' }],
    persons: false,
    valueSum: false,
    histogram: true,
  },
  columns: ['decided', 'withinTarget', 'shareWithinTarget', 'targetDays', 'medianDays', 'p90Days'],
  rules: {
    measures: ['decided', 'withinTarget', 'overTarget'],
    relations: [{ total: 'decided', parts: ['withinTarget', 'overTarget'] }],
  },
  counts(b, targets) {
    let within = 0
    for (const [group, values] of b.histogram) {
      const target = targets.of(group)
      for (const [days, n] of values) if (days <= target) within += n
    }
    const decided = b.counts.decided ?? 0
    return { decided, withinTarget: within, overTarget: decided - within }
  },
  publish(counts, hidden, bucket, targets) {
    const decided = shown(counts, hidden, 'decided')
    const withinTarget = shown(counts, hidden, 'withinTarget')
    // The row's target when all its decisions share one (a fixed receiving municipality, or no overrides).
    const distinct = new Set<number>()
    for (const [group, values] of bucket.histogram) if (hasDecisions(values)) distinct.add(targets.of(group))
    const histogram = decided === null ? [] : sortedEntries(mergedHistogram(bucket))
    return {
      decided,
      withinTarget,
      shareWithinTarget: ratio(withinTarget, decided),
      targetDays: distinct.size === 1 ? [...distinct][0]! : null,
      medianDays: decided === null ? null : percentileOfSorted(histogram, 0.5),
      p90Days: decided === null ? null : percentileOfSorted(histogram, 0.9),
    }
  },
}

const APPEAL_OUTCOMES = ['upheld', 'changed', 'remitted', 'dismissed'] as const
const appeals: Report = {
  kind: 'appeal',
  spec: {
    counts: [
      { name: 'lodged', predicate: 'true' },
      { name: 'pending', predicate: `detail = 'pending'` },
      ...APPEAL_OUTCOMES.map((o) => ({ name: o, predicate: `detail = '${o}'` })),
    ],
    persons: false,
    valueSum: false,
    histogram: false,
  },
  columns: ['lodged', 'decided', 'pending', ...APPEAL_OUTCOMES],
  rules: {
    measures: ['lodged', 'decided', 'pending', ...APPEAL_OUTCOMES],
    relations: [
      { total: 'lodged', parts: ['decided', 'pending'] },
      { total: 'decided', parts: [...APPEAL_OUTCOMES] },
    ],
  },
  counts: (b) => ({ ...b.counts, decided: (b.counts.lodged ?? 0) - (b.counts.pending ?? 0) }),
  publish(counts, hidden) {
    return publishCounts(this.columns, counts, hidden)
  },
}

/** Size bands of a decided reduction in percent of the benefit. */
const BANDS = [
  ['percent0', 'value = 0'],
  ['percent1to25', 'value between 1 and 25'],
  ['percent26to50', 'value between 26 and 50'],
  ['percent51to75', 'value between 51 and 75'],
  ['percent76to99', 'value between 76 and 99'],
  ['percent100', 'value = 100'],
] as const
const benefitReductions: Report = {
  kind: 'reduction',
  spec: {
    counts: [
      { name: 'count', predicate: 'true' },
      ...BANDS.map(([name, predicate]) => ({ name, predicate })),
    ],
    persons: true,
    valueSum: true,
    histogram: false,
  },
  columns: ['count', 'distinctPersons', 'averagePercent', ...BANDS.map(([name]) => name)],
  rules: {
    measures: ['count', 'distinctPersons', ...BANDS.map(([name]) => name)],
    relations: [{ total: 'count', parts: BANDS.map(([name]) => name) }],
    dependents: { count: ['distinctPersons'] },
  },
  counts: (b) => ({ ...b.counts, distinctPersons: b.persons }),
  publish(counts, hidden, bucket) {
    const row = publishCounts(this.columns, counts, hidden)
    const count = row.count ?? null
    return {
      ...row,
      averagePercent: count === null || count === 0 ? null : round(bucket.valueSum / count, 1),
    }
  },
}

export const REPORTS: Record<ReportName, Report> = {
  'takeover-applications': applications,
  'processing-times': processingTimes,
  appeals,
  'benefit-reductions': benefitReductions,
}
