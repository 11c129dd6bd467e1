/**
 * Scope rules: a municipality key sees its own figures in detail and national figures only with every
 * small count suppressed; a national key sees everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import {
  EXACT,
  type FixtureApplication,
  getStatistics,
  insertApplications,
  repeat,
  statisticsKey,
} from './fixtures.ts'

let t: TestApp
let copenhagen: { authorization: string }
let national: { authorization: string }
const URL = '/v1/statistics/takeover-applications'

const move = (from: string, to: string, n: number, tag: string): FixtureApplication[] =>
  repeat(n, (i) => ({
    person: `${tag}${i}`,
    from,
    to,
    received: '2024-05-01',
    grounds: [{ type: 'employment' }],
  }))

beforeAll(async () => {
  t = await createTestApp(EXACT)
  await insertApplications(t.app.database.db, [
    ...move('773', '101', 6, 'in'),
    ...move('101', '751', 6, 'out'),
    ...move('751', '461', 3, 'x'),
    ...move('461', '147', 1, 'y'),
  ])
  copenhagen = await statisticsKey(t.app, '101')
  national = await statisticsKey(t.app, null)
})
afterAll(() => t.close())

const get = (query: string, headers: Record<string, string>) =>
  getStatistics(t.app, `${URL}?from=2024-01-01&to=2024-12-31&${query}`, headers)
const received = (rows: Record<string, unknown>[], dim: string) =>
  Object.fromEntries(rows.map((r) => [r[dim], r.received]))

describe('a municipality key', () => {
  it('sees by default the applications it receives or departs from, with its municipality in meta', async () => {
    const { data, meta } = await get('groupBy=toMunicipality', copenhagen)
    expect(received(data, 'toMunicipality')).toEqual({ '101': 6, '751': 6 })
    expect(meta).toMatchObject({ scope: 'own', municipality: '101', suppression: 'sensitive' })
  })

  it('narrows its own figures with filters: to another municipality means from itself', async () => {
    expect((await get('toMunicipality=751&groupBy=fromMunicipality', copenhagen)).data).toMatchObject([
      { fromMunicipality: '101', received: 6 },
    ])
    expect((await get('fromMunicipality=773&groupBy=', copenhagen)).data).toMatchObject([{ received: 6 }])
  })

  it('is refused (403) figures of two other municipalities in its own scope', async () => {
    const res = await t.app.inject({
      url: `${URL}?toMunicipality=461&fromMunicipality=751`,
      headers: copenhagen,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ status: 403, type: 'urn:ansvar:problem:outside-municipality' })
  })

  it('gets national figures with scope=national, every count below the threshold suppressed', async () => {
    const { data, meta } = await get('groupBy=toMunicipality&scope=national', copenhagen)
    expect(received(data, 'toMunicipality')).toEqual({ '101': 6, '147': null, '461': null, '751': 6 })
    expect(meta).toMatchObject({ scope: 'national', municipality: null, suppression: 'all' })
    expect(meta.suppressed).toBeGreaterThan(0)
  })
})

describe('a national key', () => {
  it('sees every municipality, small non-sensitive counts included', async () => {
    const { data, meta } = await get('groupBy=toMunicipality', national)
    expect(received(data, 'toMunicipality')).toEqual({ '101': 6, '147': 1, '461': 3, '751': 6 })
    expect(meta).toMatchObject({
      scope: 'national',
      municipality: null,
      suppression: 'sensitive',
      suppressed: 0,
    })
  })

  it('has no own scope (400)', async () => {
    const res = await t.app.inject({ url: `${URL}?scope=own`, headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].pointer).toBe('/scope')
  })
})

it('a key without statistics:read gets 403 on every statistics endpoint', async () => {
  const erpOnly = await keyHeader(t.app, 'erp-only', '101', ['applications:read'])
  for (const path of ['takeover-applications', 'processing-times', 'appeals', 'benefit-reductions']) {
    const res = await t.app.inject({
      url: `/v1/statistics/${path}`,
      headers: erpOnly,
    })
    expect(res.statusCode).toBe(403)
  }
})
