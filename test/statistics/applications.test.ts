/**
 * GET /v1/statistics/takeover-applications on a known data set modelled on seed 000 (Copenhagen's answer
 * to the council: applications since June 2017, approved, refused, and those citing LGBT+-related
 * discrimination).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { EXACT, type FixtureApplication, getStatistics, insertApplications, repeat } from './fixtures.ts'

let t: TestApp
const URL = '/v1/statistics/takeover-applications'

const toCph = (a: Omit<FixtureApplication, 'to'> & { to?: string }): FixtureApplication => ({
  to: '101',
  ...a,
})
const approved = (date: string) => ({ outcome: 'approved' as const, date })
const refused = (date: string) => ({ outcome: 'refused' as const, date })
const LGBTQ = { type: 'discrimination', lgbtqRelated: true }

/**
 * To Copenhagen from June 2017 to August 2021: 23 applications by 22 persons (R applied twice),
 * 9 approved, 12 refused, 1 withdrawn, 1 pending; 6 cite LGBT+-related discrimination, all refused.
 */
const COPENHAGEN: FixtureApplication[] = [
  toCph({
    person: 'before',
    from: '773',
    received: '2017-05-20',
    grounds: [{ type: 'employment' }],
    decision: approved('2017-06-10'),
  }),
  ...repeat(8, (i) =>
    toCph({
      person: `E${i}`,
      from: '751',
      received: `${2017 + (i % 4)}-0${7 + (i % 3)}-15`,
      grounds: [{ type: 'employment' }],
      decision: approved(`${2017 + (i % 4)}-10-01`),
    }),
  ),
  ...repeat(4, (i) =>
    toCph({
      person: `F${i}`,
      from: '461',
      received: `2019-0${i + 1}-10`,
      grounds: [{ type: 'family_or_friends' }],
      decision: refused('2019-06-01'),
    }),
  ),
  toCph({
    person: 'R',
    from: '773',
    received: '2018-02-10',
    grounds: [{ type: 'larger_city' }],
    decision: refused('2018-03-01'),
  }),
  toCph({
    person: 'R',
    from: '773',
    received: '2018-11-05',
    grounds: [{ type: 'employment' }],
    decision: approved('2018-12-01'),
  }),
  ...['2018-03-01', '2018-09-01', '2019-04-01', '2019-10-01', '2020-05-01', '2021-02-01'].map((received, i) =>
    toCph({
      person: `L${i}`,
      from: '825',
      received,
      grounds: i % 2 === 0 ? [LGBTQ] : [LGBTQ, { type: 'larger_city' }],
      decision: refused(received.replace(/-01$/, '-25')),
    }),
  ),
  toCph({
    person: 'D',
    from: '825',
    received: '2020-06-01',
    grounds: [{ type: 'discrimination', lgbtqRelated: false }],
    decision: refused('2020-07-01'),
  }),
  toCph({
    person: 'W',
    from: '751',
    received: '2019-05-05',
    grounds: [{ type: 'education' }],
    withdrawn: '2019-05-20',
  }),
  toCph({ person: 'P', from: '751', received: '2021-08-20', grounds: [{ type: 'employment' }] }),
  toCph({ person: 'after', from: '751', received: '2021-09-10', grounds: [{ type: 'employment' }] }),
  // Elsewhere: must not count for Copenhagen.
  ...repeat(5, (i) => ({
    person: `A${i}`,
    to: '751',
    from: '101',
    received: '2019-03-03',
    grounds: [LGBTQ],
    decision: refused('2019-04-04'),
  })),
]

beforeAll(async () => {
  t = await createTestApp(EXACT)
  await insertApplications(t.app.database.db, COPENHAGEN)
})
afterAll(() => t.close())

const get = (query: string) => getStatistics(t.app, `${URL}?${query}`, BOOTSTRAP_AUTH)
const SINCE_JUNE_2017 = 'from=2017-06-01&to=2021-08-31&toMunicipality=101&groupBy='

describe('the council question (seed 000)', () => {
  it('since June 2017: how many applications, approved, refused — with distinct persons', async () => {
    const { data, meta } = await get(SINCE_JUNE_2017)
    expect(data).toEqual([
      {
        periodStart: '2017-06-01',
        periodEnd: '2021-08-31',
        received: 23,
        decided: 21,
        approved: 9,
        refused: 12,
        withdrawn: 1,
        pending: 1,
        distinctPersons: 22,
        approvalRate: 0.4286,
        suppressed: [],
      },
    ])
    expect(meta).toMatchObject({
      suppressed: 0,
      threshold: 5,
      from: '2017-06-01',
      to: '2021-08-31',
      groupBy: [],
    })
  })

  it('how many cite LGBT+-related discrimination, and how they were decided', async () => {
    const { data, meta } = await get(`${SINCE_JUNE_2017}&lgbtqRelated=true`)
    expect(data).toEqual([
      {
        periodStart: '2017-06-01',
        periodEnd: '2021-08-31',
        received: 6,
        decided: 6,
        approved: 0,
        refused: 6,
        withdrawn: 0,
        pending: 0,
        distinctPersons: 6,
        approvalRate: 0,
        suppressed: [],
      },
    ])
    expect(meta.suppressed).toBe(0)
  })

  it('per year the LGBT+ counts (1–2 a year) are below the threshold and published as null', async () => {
    const { data, meta } = await get('from=2017-06-01&to=2021-08-31&toMunicipality=101&lgbtqRelated=true')
    // Every period of the range is there: 2017 (from June) has none, published as 0, not suppressed.
    expect(data.map((r) => r.period)).toEqual(['2017', '2018', '2019', '2020', '2021'])
    expect(data[0]).toMatchObject({ periodStart: '2017-06-01', periodEnd: '2017-12-31', received: 0 })
    expect(data[0]!.suppressed).toEqual([])
    expect(data.at(-1)).toMatchObject({ periodStart: '2021-01-01', periodEnd: '2021-08-31' })
    for (const row of data.slice(1)) {
      expect(row.suppressed).toEqual(['received', 'decided', 'refused', 'distinctPersons', 'approvalRate'])
      expect(row).toMatchObject({
        received: null,
        decided: null,
        refused: null,
        distinctPersons: null,
        approvalRate: null,
      })
      expect(row.approved).toBe(0)
    }
    expect(meta.suppressed).toBeGreaterThanOrEqual(16)
  })
})

describe('grouping', () => {
  it('per year, in period order, non-sensitive small counts published as they are', async () => {
    const { data } = await get('from=2017-06-01&to=2021-08-31&toMunicipality=101')
    expect(data.map((r) => [r.period, r.received, r.approved, r.refused, r.distinctPersons])).toEqual([
      ['2017', 2, 2, 0, 2],
      ['2018', 6, 3, 3, 5],
      ['2019', 9, 2, 6, 9],
      ['2020', 4, 2, 2, 4],
      ['2021', 2, 0, 1, 2],
    ])
  })

  it('approval rate per ground: an application counts once per ground type it cites', async () => {
    const { data } = await get('from=2017-06-01&to=2021-08-31&toMunicipality=101&groupBy=groundType')
    const byGround = Object.fromEntries(data.map((r) => [r.groundType, r]))
    expect(Object.keys(byGround)).toEqual([
      'discrimination',
      'education',
      'employment',
      'family_or_friends',
      'larger_city',
    ])
    expect(byGround.employment).toMatchObject({
      received: 10,
      approved: 9,
      refused: 0,
      pending: 1,
      approvalRate: 1,
    })
    expect(byGround.discrimination).toMatchObject({
      received: 7,
      decided: 7,
      approved: 0,
      refused: 7,
      approvalRate: 0,
    })
    expect(byGround.larger_city).toMatchObject({ received: 4, approved: 0, refused: 4 })
  })

  it('labels quarters and months', async () => {
    const quarters = await get('from=2019-01-01&to=2019-06-30&toMunicipality=101&interval=quarter')
    expect(quarters.data.map((r) => r.period)).toEqual(['2019-Q1', '2019-Q2'])
    const months = await get(
      'from=2019-01-01&to=2019-03-31&toMunicipality=101&interval=month&groupBy=period,outcome',
    )
    expect(months.data.map((r) => [r.period, r.outcome, r.received])).toEqual([
      ['2019-01', 'refused', 1],
      ['2019-02', 'refused', 1],
      ['2019-03', 'refused', 1],
    ])
  })

  it('widens from/to to whole months and reports the effective range', async () => {
    const { meta } = await get('from=2019-01-17&to=2019-02-03&groupBy=')
    expect(meta).toMatchObject({ from: '2019-01-01', to: '2019-02-28' })
  })
})

describe('CSV', () => {
  it('has the JSON columns in the same order and the same values (null = empty cell)', async () => {
    const query = 'from=2017-06-01&to=2021-08-31&toMunicipality=101&groupBy=period,groundType'
    const json = await get(query)
    for (const request of [
      { url: `${URL}?${query}&format=csv`, accept: undefined },
      { url: `${URL}?${query}`, accept: 'text/csv' },
    ]) {
      const res = await t.app.inject({
        url: request.url,
        headers: { ...BOOTSTRAP_AUTH, ...(request.accept ? { accept: request.accept } : {}) },
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
      const [header, ...lines] = res.body.trim().split('\n')
      expect(header!.split(',')).toEqual(Object.keys(json.data[0]!))
      expect(lines.map((l) => l.split(','))).toEqual(
        json.data.map((r) =>
          Object.values(r).map((v) => (v === null ? '' : Array.isArray(v) ? v.join('|') : String(v))),
        ),
      )
    }
  })

  it('prefers JSON unless CSV is preferred in Accept', async () => {
    const res = await t.app.inject({
      url: `${URL}?groupBy=`,
      headers: { ...BOOTSTRAP_AUTH, accept: 'text/csv;q=0.5, application/json' },
    })
    expect(res.headers['content-type']).toMatch(/^application\/json/)
  })
})

describe('validation and access', () => {
  it.each([
    ['interval=decade', '/interval'],
    ['groupBy=period,ground', '/groupBy'],
    ['groupBy=period,period', '/groupBy'],
    ['lgbtqRelated=false', '/lgbtqRelated'],
    ['toMunicipality=999', '/toMunicipality'],
    ['from=2024-02-30', '/from'],
    ['from=2024-05-01&to=2024-01-01', '/from'],
    ['colour=red', '/colour'],
  ])('%s → 400 problem pointing at %s', async (query, pointer) => {
    const res = await t.app.inject({ url: `${URL}?${query}`, headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer)
  })

  it('needs a key with statistics:read', async () => {
    expect((await t.app.inject({ url: URL })).statusCode).toBe(401)
  })
})
