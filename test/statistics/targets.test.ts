/**
 * Per-municipality processing targets (D-PROCESSING, PROCESSING_TARGET_DAYS_BY_MUNICIPALITY): each
 * decision is measured against its receiving municipality's target, nationally too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { EXACT, getStatistics, insertApplications, PROCESSING } from './fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ ...EXACT, PROCESSING_TARGET_DAYS_BY_MUNICIPALITY: '101=21' })
  await insertApplications(t.app.database.db, PROCESSING)
})
afterAll(() => t.close())

const PATH = '/v1/statistics/processing-times?from=2025-01-01&to=2025-12-31'
const get = async (query: string) => (await getStatistics(t.app, `${PATH}&${query}`, BOOTSTRAP_AUTH)).data

it("uses each receiving municipality's own target", async () => {
  expect(
    (await get('groupBy=toMunicipality')).map((r) => [r.toMunicipality, r.withinTarget, r.targetDays]),
  ).toEqual([
    ['101', 2, 21],
    ['751', 3, 30],
  ])
})

it('nationally counts 2 + 3 within target and gives no single target for the row', async () => {
  expect(await get('groupBy=period')).toEqual([
    {
      period: '2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      decided: 11,
      withinTarget: 5,
      shareWithinTarget: 0.4545,
      targetDays: null,
      medianDays: 30,
      p90Days: 50,
      suppressed: [],
    },
  ])
  // The same through the live path (grouping by ground is not in the municipality cube for decisions).
  expect((await get('groupBy=groundType')).map((r) => [r.groundType, r.withinTarget])).toEqual([
    ['employment', 5],
  ])
})
