/**
 * Processing times (median, p90 as percentile_cont, share within the municipality's target), appeals per
 * year by outcome, and benefit reductions by size, on known data sets.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { percentileCont } from '../../src/statistics/reports.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import {
  addDays,
  EXACT,
  type FixtureApplication,
  getStatistics,
  insertApplications,
  PROCESSING,
} from './fixtures.ts'

const day = addDays

const refusedWithAppeal = (
  person: string,
  lodged: string,
  outcome?: 'upheld' | 'changed' | 'remitted' | 'dismissed',
): FixtureApplication => ({
  person,
  to: '751',
  from: '773',
  received: day(lodged, -60),
  grounds: [{ type: 'larger_city' }],
  decision: { outcome: 'refused', date: day(lodged, -20) },
  appeal: { lodged, ...(outcome ? { outcome, decided: day(lodged, 60) } : {}) },
})
const APPEALS = [
  refusedWithAppeal('p1', '2023-03-01', 'upheld'),
  refusedWithAppeal('p2', '2023-05-01', 'upheld'),
  refusedWithAppeal('p3', '2023-07-01', 'changed'),
  refusedWithAppeal('p4', '2023-11-01'),
  refusedWithAppeal('p5', '2024-02-01', 'remitted'),
  refusedWithAppeal('p6', '2024-03-01', 'dismissed'),
  refusedWithAppeal('p7', '2024-04-01', 'upheld'),
]

const refusedWithReductions = (person: string, percents: number[]): FixtureApplication => ({
  person,
  to: '147',
  from: '101',
  received: '2023-10-01',
  grounds: [{ type: 'family_or_friends' }],
  decision: { outcome: 'refused', date: '2023-11-01' },
  reductions: percents.map((percent, i) => ({ percent, effective: `2024-0${i + 1}-01` })),
})
const REDUCTIONS = [
  refusedWithReductions('q', [20, 100]),
  refusedWithReductions('s1', [50]),
  refusedWithReductions('s2', [0]),
  refusedWithReductions('s3', [75]),
  refusedWithReductions('s4', [100]),
]

let t: TestApp
beforeAll(async () => {
  t = await createTestApp(EXACT)
  await insertApplications(t.app.database.db, [...PROCESSING, ...APPEALS, ...REDUCTIONS])
})
afterAll(() => t.close())

const get = (app: TestApp, path: string) => getStatistics(app.app, path, BOOTSTRAP_AUTH)

describe('processing times', () => {
  const PATH = '/v1/statistics/processing-times?from=2025-01-01&to=2025-12-31'

  it('median and p90 equal PostgreSQL percentile_cont; share within the default 30-day target', async () => {
    const { data } = await get(t, `${PATH}&groupBy=toMunicipality`)
    expect(data).toEqual([
      {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        toMunicipality: '101',
        decided: 6,
        withinTarget: 3,
        shareWithinTarget: 0.5,
        targetDays: 30,
        medianDays: 35,
        p90Days: 55,
        suppressed: [],
      },
      {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        toMunicipality: '751',
        decided: 5,
        withinTarget: 3,
        shareWithinTarget: 0.6,
        targetDays: 30,
        medianDays: 25,
        p90Days: 41,
        suppressed: [],
      },
    ])
    const reference = await sql<{ median: number; p90: number }>`
      select percentile_cont(0.5) within group (order by decision_date - received_date) as median,
        percentile_cont(0.9) within group (order by decision_date - received_date) as p90
      from takeover_application where decision_date between '2025-01-01' and '2025-12-31'`.execute(
      t.app.database.db,
    )
    const { data: national } = await get(t, `${PATH}&groupBy=`)
    expect(national).toEqual([
      {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        decided: 11,
        withinTarget: 6,
        shareWithinTarget: 0.5455,
        targetDays: 30,
        medianDays: 30,
        p90Days: 50,
        suppressed: [],
      },
    ])
    expect([national[0]!.medianDays, national[0]!.p90Days]).toEqual([
      reference.rows[0]!.median,
      reference.rows[0]!.p90,
    ])
  })

  it('percentileCont interpolates between ranks like PostgreSQL', () => {
    expect(
      percentileCont(
        new Map([
          [1, 1],
          [2, 1],
          [10, 2],
        ]),
        0.5,
      ),
    ).toBe(6)
    expect(percentileCont(new Map([[7, 3]]), 0.9)).toBe(7)
    expect(percentileCont(new Map(), 0.5)).toBeNull()
  })
})

describe('appeals', () => {
  it('per year by outcome (upheld / changed / remitted / dismissed) and pending', async () => {
    const { data } = await get(t, '/v1/statistics/appeals?from=2023-01-01&to=2024-12-31')
    expect(data).toEqual([
      {
        period: '2023',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        lodged: 4,
        decided: 3,
        pending: 1,
        upheld: 2,
        changed: 1,
        remitted: 0,
        dismissed: 0,
        suppressed: [],
      },
      {
        period: '2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        lodged: 3,
        decided: 3,
        pending: 0,
        upheld: 1,
        changed: 0,
        remitted: 1,
        dismissed: 1,
        suppressed: [],
      },
    ])
  })
})

describe('benefit reductions', () => {
  it('how many, distinct persons, average and size bands', async () => {
    const { data } = await get(t, '/v1/statistics/benefit-reductions?from=2024-01-01&to=2024-12-31')
    expect(data).toEqual([
      {
        period: '2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        count: 6,
        distinctPersons: 5,
        averagePercent: 57.5,
        percent0: 1,
        percent1to25: 1,
        percent26to50: 1,
        percent51to75: 1,
        percent76to99: 0,
        percent100: 2,
        suppressed: [],
      },
    ])
  })
})
