/**
 * A statistics query too fine-grained to be a statistic (more than 100,000 rows) is a 422 with a
 * problem the caller can act on, not a 500 and not an answer cut short. Here: months back to 1900 for
 * every receiving × departing municipality pair that occurs (1,524 months × 70 pairs, zero-filled).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MUNICIPALITIES } from '../../src/law/municipalities.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { EXACT, insertApplications, repeat, statisticsKey } from './fixtures.ts'

let t: TestApp
let national: { authorization: string }
const codes = MUNICIPALITIES.map((m) => m.code)

beforeAll(async () => {
  t = await createTestApp(EXACT)
  // 70 pairs (to, from) of distinct municipalities, one decided application each.
  await insertApplications(
    t.app.database.db,
    repeat(70, (i) => ({
      person: `p${i}`,
      to: codes[i]!,
      from: codes[i + 1]!,
      received: '2024-05-01',
      grounds: [{ type: 'employment' }],
      decision: { outcome: 'approved', date: '2024-06-10' },
    })),
  )
  national = await statisticsKey(t.app, null)
})
afterAll(() => t.close())

describe('the row limit of the statistics', () => {
  it.each([
    ['takeover-applications', 'period,toMunicipality,fromMunicipality'],
    ['processing-times', 'period,toMunicipality,fromMunicipality'],
  ])('%s by month since 1900 per %s: 422 statistics-too-many-rows', async (report, groupBy) => {
    const res = await t.app.inject({
      url: `/v1/statistics/${report}?interval=month&from=1900-01-01&to=2026-12-31&groupBy=${groupBy}`,
      headers: national,
    })
    expect(res.statusCode).toBe(422)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({
      status: 422,
      type: expect.stringMatching(/statistics-too-many-rows$/),
      detail: expect.stringMatching(/coarser interval or fewer groupBy dimensions/),
    })
  })

  it('answers the same query by year (127 years × 70 pairs)', async () => {
    const res = await t.app.inject({
      url: '/v1/statistics/processing-times?interval=year&from=1900-01-01&to=2026-12-31&groupBy=period,toMunicipality,fromMunicipality',
      headers: national,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toHaveLength(127 * 70)
  })
})
