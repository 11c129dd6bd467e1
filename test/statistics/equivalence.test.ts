/**
 * The cubes (kept current by triggers, with inclusion–exclusion for distinct persons) must give exactly
 * the figures of a live query on the base tables, for any data and any query, also after updates.
 */
import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bucket, GroupBy, Interval, Kind, StatisticsQuery } from '../../src/statistics/model.ts'
import { GROUP_BY } from '../../src/statistics/model.ts'
import { drainStatistics } from '../../src/statistics/refresh.ts'
import { REPORTS } from '../../src/statistics/reports.ts'
import { fetchBuckets } from '../../src/statistics/repository.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { clearApplications, type FixtureApplication, insertApplications } from './fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const MUNICIPALITIES = ['101', '751', '147', '773'] as const
const GROUNDS = ['employment', 'discrimination', 'illness', 'larger_city'] as const
const day = (offset: number) => new Date(Date.UTC(2019, 0, 1 + offset)).toISOString().slice(0, 10)

const application = (persons: number) =>
  fc
    .record({
      person: fc.integer({ min: 0, max: persons - 1 }),
      to: fc.constantFrom(...MUNICIPALITIES),
      from: fc.constantFrom(...MUNICIPALITIES),
      received: fc.integer({ min: 0, max: 1000 }),
      grounds: fc.uniqueArray(fc.constantFrom(...GROUNDS), { minLength: 1, maxLength: 3 }),
      lgbtq: fc.boolean(),
      category: fc.constantFrom('refugee', 'family_reunified'),
      assessment: fc.constantFrom('obligated', 'not_obligated' as const),
      state: fc.constantFrom('pending', 'withdrawn', 'approved', 'refused', 'refused'),
      days: fc.integer({ min: 0, max: 90 }),
      appeal: fc.constantFrom(undefined, 'pending', 'upheld', 'changed'),
      reductions: fc.array(fc.constantFrom(0, 20, 50, 100), { maxLength: 2 }),
    })
    .map((r): FixtureApplication => {
      const to = r.to === r.from ? (r.from === '101' ? '751' : '101') : r.to
      const decided = r.state === 'approved' || r.state === 'refused'
      const decisionDate = day(r.received + r.days)
      return {
        person: `p${r.person}`,
        to,
        from: r.from,
        received: day(r.received),
        grounds: r.grounds.map((type) =>
          type === 'discrimination' ? { type, lgbtqRelated: r.lgbtq } : { type },
        ),
        category: r.category,
        assessmentOutcome: r.assessment,
        decision: decided ? { outcome: r.state as 'approved' | 'refused', date: decisionDate } : undefined,
        withdrawn: r.state === 'withdrawn' ? day(r.received + 3) : undefined,
        appeal:
          r.state === 'refused' && r.appeal
            ? {
                lodged: day(r.received + r.days + 10),
                ...(r.appeal === 'pending'
                  ? {}
                  : { outcome: r.appeal as 'upheld' | 'changed', decided: day(r.received + r.days + 40) }),
              }
            : undefined,
        reductions:
          r.state === 'refused'
            ? r.reductions.map((percent, i) => ({
                percent,
                effective: day(r.received + r.days + 30 + 45 * i),
              }))
            : [],
      }
    })

/** Mostly absent: each filter present in about one query in four. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 })

const query = fc
  .record({
    kind: fc.constantFrom<Kind>('application', 'decision', 'appeal', 'reduction'),
    from: sometimes(fc.integer({ min: 0, max: 40 })),
    span: fc.integer({ min: 0, max: 48 }),
    interval: fc.constantFrom('year', 'quarter', 'month' as const),
    groupBy: fc.subarray([...GROUP_BY], { maxLength: 3 }),
    to: sometimes(fc.constantFrom(...MUNICIPALITIES)),
    fromMunicipality: sometimes(fc.constantFrom(...MUNICIPALITIES)),
    ground: sometimes(fc.constantFrom(...GROUNDS)),
    category: sometimes(fc.constant('refugee' as const)),
    lgbtq: sometimes(fc.constant(true)),
    own: sometimes(fc.constantFrom(...MUNICIPALITIES)),
    overrides: fc.constantFrom([], ['101']),
  })
  .map((q): StatisticsQuery => {
    const month = (offset: number) => new Date(Date.UTC(2019, offset, 1)).toISOString().slice(0, 10)
    return {
      kind: q.kind,
      fromMonth: q.from === undefined ? undefined : month(q.from),
      toMonth: month((q.from ?? 0) + q.span),
      interval: q.interval,
      groupBy: q.groupBy as GroupBy[],
      filters: {
        toMunicipality: q.to,
        fromMunicipality: q.fromMunicipality,
        groundType: q.ground,
        category: q.category,
        lgbtqRelated: q.lgbtq,
      },
      ownMunicipality: q.own,
      targetOverrides: q.overrides,
    }
  })

/** The to × from municipality shapes (issue 19 item 5), answered from the pair cube: always compared. */
const PAIR_QUERIES: StatisticsQuery[] = (
  [
    { groupBy: ['toMunicipality', 'fromMunicipality'], fromMonth: '2019-07-01', toMonth: '2020-06-01' },
    // whole years at year grain (2020, 2021), the months of 2019 and 2022 at month grain
    { groupBy: ['toMunicipality', 'fromMunicipality'], fromMonth: '2019-05-01', toMonth: '2022-02-01' },
    {
      groupBy: ['period', 'toMunicipality', 'fromMunicipality'],
      fromMonth: '2019-10-01',
      toMonth: '2021-12-01',
      interval: 'year',
    },
    {
      groupBy: ['period', 'toMunicipality', 'fromMunicipality'],
      fromMonth: undefined,
      toMonth: '2021-12-01',
    },
    { groupBy: ['fromMunicipality', 'outcome'], fromMonth: '2019-03-01', toMonth: '2021-12-01', to: '101' },
  ] as { groupBy: GroupBy[]; fromMonth?: string; toMonth: string; interval?: Interval; to?: string }[]
).map((q) => ({
  kind: 'application',
  fromMonth: q.fromMonth,
  toMonth: q.toMonth,
  interval: q.interval ?? 'quarter',
  groupBy: q.groupBy,
  filters: { toMunicipality: q.to },
  ownMunicipality: undefined,
  targetOverrides: [],
}))

/**
 * Processing times from the days cube with a period the range covers only in part: read at the period's
 * grain when the months outside the range hold no decision (the data end in early 2022), else from its
 * months. Always compared.
 */
const DAYS_QUERIES: StatisticsQuery[] = (
  [
    { interval: 'year', fromMonth: undefined, toMonth: '2020-06-01' },
    { interval: 'year', fromMonth: '2019-04-01', toMonth: '2022-08-01' },
    { interval: 'quarter', fromMonth: '2020-02-01', toMonth: '2020-02-01' },
    { interval: 'quarter', fromMonth: '2021-11-01', toMonth: '2022-05-01' },
  ] as const
).map((q) => ({
  kind: 'decision',
  ...q,
  groupBy: ['period', 'toMunicipality'],
  filters: {},
  ownMunicipality: undefined,
  targetOverrides: ['101'],
}))

const reportOf = (kind: Kind) => Object.values(REPORTS).find((r) => r.kind === kind)!

/** Buckets in a comparable form: zero histogram entries dropped. */
function normalise(buckets: Bucket[]) {
  const entries = buckets.map((b) => {
    const sorted = (h: Bucket['histogram']) =>
      [...h]
        .map(
          ([group, values]) =>
            [group, [...values].filter(([, n]) => n !== 0).sort(([x], [y]) => x - y)] as const,
        )
        .filter(([, values]) => values.length > 0)
        .sort(([x], [y]) => x.localeCompare(y))
    // The record-key sums (the cell key method) must agree as well: the same records, the same key.
    return [
      JSON.stringify(b.dims),
      {
        counts: b.counts,
        keys: b.keys,
        persons: b.persons,
        valueSum: b.valueSum,
        histogram: sorted(b.histogram),
        keyHistogram: sorted(b.keyHistogram),
      },
    ] as const
  })
  return Object.fromEntries(entries.sort(([x], [y]) => x.localeCompare(y)))
}

/** How many comparisons ran on a cube with a non-empty answer (the test must not pass vacuously). */
const exercised = { cube: 0, persons: 0, pair: 0, days: 0 }

async function compare(queries: StatisticsQuery[]): Promise<void> {
  // as the statistics routes do before reading: apply the queued changes to the cubes
  await drainStatistics(t.app.database.db, { wait: true })
  for (const q of queries) {
    const spec = { ...reportOf(q.kind).spec, keys: true }
    const cube = await fetchBuckets(t.app.database.db, q, spec)
    const live = await fetchBuckets(t.app.database.db, q, spec, { live: true })
    expect(normalise(cube.buckets), JSON.stringify({ q, plan: cube.plan })).toEqual(normalise(live.buckets))
    if (cube.plan.source.table !== 'live' && live.buckets.length > 0) {
      exercised.cube += 1
      if (cube.plan.source.table === 'pair') exercised.pair += 1
      if (cube.plan.source.table === 'days') exercised.days += 1
      if (live.buckets.some((b) => b.persons > 0 && b.persons < (b.counts.received ?? b.counts.count ?? 0))) {
        exercised.persons += 1
      }
    }
  }
}

describe('statistics cubes', () => {
  it('answer every query exactly as the live SQL does, for random data, after inserts and updates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(application(15), { minLength: 10, maxLength: 45 }),
        fc.array(query, { minLength: 25, maxLength: 25 }),
        async (apps, queries) => {
          const db = t.app.database.db
          await clearApplications(db)
          // Inserted in two statements, so that persons are refreshed incrementally as well.
          await insertApplications(db, apps.slice(0, apps.length >> 1))
          await insertApplications(db, apps.slice(apps.length >> 1))
          await compare([...queries, ...PAIR_QUERIES, ...DAYS_QUERIES])
          // Decide the pending ones and withdraw nothing else: the status trigger allows received → decided.
          await sql`update takeover_application set status = 'decided', decision_outcome = 'approved',
            decision_legal_basis = 'voluntary', decision_date = received_date + 7 where status = 'received'`.execute(
            db,
          )
          await sql`delete from benefit_reduction where decided_reduction_percent = 100`.execute(db)
          await compare([...queries, ...PAIR_QUERIES, ...DAYS_QUERIES])
        },
      ),
      { numRuns: 8 },
    )
    // Most comparisons use a cube, and many have repeat applicants in a row.
    expect(exercised.cube).toBeGreaterThan(60)
    expect(exercised.persons).toBeGreaterThan(10)
    expect(exercised.pair).toBeGreaterThan(20)
    expect(exercised.days).toBeGreaterThan(30)
  })

  it('fall back to the live path, still exact, for a person with more than 8 applications', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    const apps = Array.from({ length: 10 }, (_, i) => ({
      person: 'many',
      to: '101',
      from: '773',
      received: day(i * 20),
      grounds: [{ type: 'employment' }],
    }))
    await insertApplications(db, apps)
    const q: StatisticsQuery = {
      kind: 'application',
      fromMonth: undefined,
      toMonth: '2019-12-01',
      interval: 'year',
      groupBy: ['period'],
      filters: {},
      ownMunicipality: undefined,
      targetOverrides: [],
    }
    const result = await fetchBuckets(db, q, REPORTS['takeover-applications'].spec)
    expect(result.plan.source.table).toBe('live')
    expect(result.buckets.map((b) => [b.counts.received, b.persons])).toEqual([[10, 1]])
  })
})
