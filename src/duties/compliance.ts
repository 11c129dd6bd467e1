/**
 * Deadline compliance (api.md "Wave 2" → Compliance; seed 002's five measures): per period (by due
 * date), deadline and receiving municipality, how many deadlines fell due and how many were met on time,
 * met late, are still open or overdue. Computed from the worklist's deadlines (one law module), then
 * suppressed with the statistics' own algorithm (src/statistics/suppression.ts) and, for national
 * figures, perturbed by their cell key method (src/statistics/perturbation.ts; each deadline has its own
 * record key derived from its takeover's salted key).
 */

import { addDays, addMonthsClamped } from '../law/dates.ts'
import type { DutyDeadlineId } from '../law/duties/index.ts'
import { periodLabel } from '../statistics/assemble.ts'
import type { Interval } from '../statistics/model.ts'
import { perturbCounts } from '../statistics/perturbation.ts'
import { lastDayOfMonth } from '../statistics/request.ts'
import { suppress } from '../statistics/suppression.ts'
import type { WorklistEntry } from './worklist.ts'

export const COMPLIANCE_GROUP_BY = ['period', 'deadline', 'toMunicipality'] as const
export type ComplianceGroupBy = (typeof COMPLIANCE_GROUP_BY)[number]

export const COMPLIANCE_MEASURES = ['due', 'metOnTime', 'metLate', 'open', 'overdue'] as const
type Measure = (typeof COMPLIANCE_MEASURES)[number]

export interface ComplianceQuery {
  /** First day of the first month (undefined: from the first deadline). */
  fromMonth: string | undefined
  /** First day of the last month. */
  toMonth: string
  interval: Interval
  groupBy: readonly ComplianceGroupBy[]
  deadline?: string | undefined
  toMunicipality?: string | undefined
}

export type ComplianceRow = {
  period?: string
  deadline?: DutyDeadlineId
  toMunicipality?: string
  periodStart: string
  periodEnd: string
  shareOnTime: number | null
  suppressed: string[]
} & Record<Measure, number | null>

export function periodStartOf(date: string, interval: Interval): string {
  if (interval === 'year') return `${date.slice(0, 4)}-01-01`
  if (interval === 'month') return `${date.slice(0, 7)}-01`
  const quarterMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1
  return `${date.slice(0, 4)}-${String(quarterMonth).padStart(2, '0')}-01`
}

function periodEndOf(start: string, interval: Interval): string {
  const months = interval === 'year' ? 12 : interval === 'quarter' ? 3 : 1
  // `start` is the 1st, so the months never clamp.
  return addDays(addMonthsClamped(start, months).date, -1)
}

/**
 * D-UPSKILLING is a window, not a duty: left out. `shareOnTime` = metOnTime / (due − open): of the
 * deadlines already met or passed, the share met on time (seed 002's "lever op til lovens krav i x pct.").
 */
export function complianceRows(
  entries: readonly WorklistEntry[],
  query: ComplianceQuery,
  options: { threshold: number; suppressAll: boolean; perturb: boolean },
): { rows: ComplianceRow[]; suppressed: number; range: { from: string | null; to: string } } {
  const last = lastDayOfMonth(query.toMonth)
  type Dims = { period: string; deadline: DutyDeadlineId; toMunicipality: string }
  type Counts = Record<Measure, number>
  const buckets = new Map<string, { dims: Dims; values: Counts; keys: Counts }>()
  let first = last
  for (const e of entries) {
    if (e.deadlineId === 'D-UPSKILLING') continue
    if (query.deadline && e.deadlineId !== query.deadline) continue
    if (query.toMunicipality && e.toMunicipality !== query.toMunicipality) continue
    if ((query.fromMonth && e.dueDate < query.fromMonth) || e.dueDate > last) continue
    if (e.dueDate < first) first = e.dueDate
    const dims = {
      period: periodStartOf(e.dueDate, query.interval),
      deadline: e.deadlineId,
      toMunicipality: e.toMunicipality,
    }
    const key = JSON.stringify(query.groupBy.map((d) => dims[d]))
    const bucket = buckets.get(key) ?? {
      dims,
      values: { due: 0, metOnTime: 0, metLate: 0, open: 0, overdue: 0 },
      keys: { due: 0, metOnTime: 0, metLate: 0, open: 0, overdue: 0 },
    }
    bucket.values.due += 1
    bucket.keys.due += e.recordKey
    const measure = ({ met: 'metOnTime', met_late: 'metLate', open: 'open', overdue: 'overdue' } as const)[
      e.state
    ]
    bucket.values[measure] += 1
    bucket.keys[measure] += e.recordKey
    buckets.set(key, bucket)
  }
  const sorted = [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, b]) => b)
  const rules = {
    measures: COMPLIANCE_MEASURES,
    relations: [{ total: 'due', parts: ['metOnTime', 'metLate', 'open', 'overdue'] }],
  }
  const hidden = suppress(
    sorted.map((b) => ({
      key: query.groupBy.map((d) => b.dims[d]),
      values: b.values,
      sensitive: options.suppressAll,
    })),
    { ...rules, threshold: options.threshold },
  )
  const rangeStart = query.fromMonth ?? first
  let suppressed = 0
  const rows = sorted.map((b, i) => {
    const gone = hidden[i]!
    suppressed += gone.size
    // Suppression decides on the exact counts; with the cell key method the perturbed ones are published.
    const published = (
      options.perturb
        ? perturbCounts(b.values, b.keys, rules, options.suppressAll ? options.threshold : 0)
        : b.values
    ) as Counts
    const value = (m: Measure) => (gone.has(m) ? null : published[m])
    const decidedSoFar = published.due - published.open
    const share =
      gone.has('metOnTime') || gone.has('open') || gone.has('due') || decidedSoFar <= 0
        ? null
        : Math.round((published.metOnTime / decidedSoFar) * 10_000) / 10_000
    const byPeriod = query.groupBy.includes('period')
    const has = (d: ComplianceGroupBy) => query.groupBy.includes(d)
    return {
      ...(byPeriod ? { period: periodLabel(b.dims.period, query.interval) } : {}),
      ...(has('deadline') ? { deadline: b.dims.deadline } : {}),
      ...(has('toMunicipality') ? { toMunicipality: b.dims.toMunicipality } : {}),
      periodStart: byPeriod ? b.dims.period : rangeStart,
      periodEnd: byPeriod ? periodEndOf(b.dims.period, query.interval) : last,
      due: value('due'),
      metOnTime: value('metOnTime'),
      metLate: value('metLate'),
      open: value('open'),
      overdue: value('overdue'),
      shareOnTime: share,
      suppressed: [...gone].sort(),
    } satisfies ComplianceRow
  })
  // The effective range, as the other statistics' meta: from the first deadline when `from` is absent.
  return { rows, suppressed, range: { from: rangeStart, to: last } }
}
