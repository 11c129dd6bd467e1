import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approvedTakeover } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { recorded } from './support.ts'

/**
 * Seed 002's five measures over six takeovers to Copenhagen that took effect on 1 May 2025 (D-CONTRACT
 * due 1 June 2025): four contracts on time, one late, one missing; goals in three of the five contracts.
 */
let t: TestApp
let kbh: { authorization: string }
beforeAll(async () => {
  // Load shedding (503 on a busy shared machine) is not what this file tests.
  t = await createTestApp({ MAX_EVENT_LOOP_DELAY_MS: '0' })
  const contracts = ['2025-05-10', '2025-05-20', '2025-05-30', '2025-06-01', '2025-06-15', null]
  for (const [i, date] of contracts.entries()) {
    const id = await approvedTakeover(t.app, { externalReference: `KK-C${i}` })
    if (!date) continue
    await recorded(t.app, id, { type: 'contract_signed', date })
    if (i < 3) await recorded(t.app, id, { type: 'contract_goal_stated', date })
    if (i === 0) await recorded(t.app, id, { type: 'contract_followed_up', date: '2025-07-01' })
    if (i < 2) await recorded(t.app, id, { type: 'health_assessment_offered', date: '2025-06-01' })
    if (i === 2) await recorded(t.app, id, { type: 'readiness_assessed', date: '2025-07-15' })
  }
  // Copenhagen reads its own figures: exact (national figures are perturbed, tested below).
  kbh = await keyHeader(t.app, 'kbh', '101')
})
afterAll(() => t.close())

const get = (query: string, headers: Record<string, string> = kbh) =>
  t.app.inject({ method: 'GET', url: `/v1/statistics/deadline-compliance${query}`, headers })

const one = async (deadline: string) => {
  const res = await get(`?deadline=${deadline}&groupBy=deadline&from=2025-01-01&to=2026-12-31`)
  expect(res.statusCode, res.body).toBe(200)
  expect(res.json().data).toHaveLength(1)
  return res.json().data[0]
}

describe('GET /v1/statistics/deadline-compliance (seed 002)', () => {
  it('measure 1, D-CONTRACT: contract within 1 month — 4 of 6 on time, 1 late, 1 overdue', async () => {
    expect(await one('D-CONTRACT')).toMatchObject({
      deadline: 'D-CONTRACT',
      due: 6,
      metOnTime: 4,
      metLate: 1,
      open: 0,
      overdue: 1,
      shareOnTime: 0.6667,
      suppressed: [],
    })
  })

  it('measure 2, D-FOLLOW-UP: follow-up within 3 months of the contract — 1 of 5', async () => {
    expect(await one('D-FOLLOW-UP')).toMatchObject({ due: 5, metOnTime: 1, overdue: 4, shareOnTime: 0.2 })
  })

  it('measure 3, D-CONTRACT-GOAL: the contract holds a goal — 3 of 5 contracts', async () => {
    expect(await one('D-CONTRACT-GOAL')).toMatchObject({ due: 5, metOnTime: 3, overdue: 2, shareOnTime: 0.6 })
  })

  it('measure 4, D-VISITATION: assessed within 3 months — 1 of 6', async () => {
    expect(await one('D-VISITATION')).toMatchObject({ due: 6, metOnTime: 1, overdue: 5 })
  })

  it('measure 5, D-HEALTH: health assessment offered within 6 months (IL § 15 d) — 2 of 6', async () => {
    expect(await one('D-HEALTH')).toMatchObject({ due: 6, metOnTime: 2, overdue: 4 })
  })

  it('groups by period, deadline and municipality, with periodStart/periodEnd; the D-UPSKILLING window is left out', async () => {
    const res = await get(
      '?groupBy=period,deadline,toMunicipality&interval=quarter&from=2025-01-01&to=2025-12-31',
    )
    const rows = res.json().data
    expect(rows.find((r: { deadline: string }) => r.deadline === 'D-UPSKILLING')).toBeUndefined()
    expect(rows[0]).toMatchObject({ period: '2025-Q2', deadline: 'D-CONTRACT', toMunicipality: '101' })
    expect(rows[0]).toMatchObject({ periodStart: '2025-04-01', periodEnd: '2025-06-30' })
    expect(res.json().meta).toMatchObject({ scope: 'own', suppression: 'none', perturbation: 'none' })
  })

  it('scopes like the other statistics: own municipality in full, national figures suppressed for a municipality key', async () => {
    expect((await get('?deadline=D-CONTRACT&groupBy=', kbh)).json().data[0]).toMatchObject({
      due: 6,
      metLate: 1,
    })
    const aarhus = await keyHeader(t.app, 'aarhus', '751')
    expect((await get('?deadline=D-CONTRACT&groupBy=', aarhus)).json().data).toEqual([])
    const national = await get('?deadline=D-CONTRACT&groupBy=&scope=national', aarhus)
    const row = national.json().data[0]
    expect(national.json().meta.perturbation).toBe('cell-key')
    expect(Math.abs(row.due - 6)).toBeLessThanOrEqual(2)
    expect(row.metLate).toBeNull()
    expect(row.overdue).toBeNull()
    expect(row.suppressed).toEqual(expect.arrayContaining(['metLate', 'overdue']))
    expect(national.json().meta.suppressed).toBeGreaterThanOrEqual(2)
    expect((await get('?toMunicipality=101', aarhus)).statusCode).toBe(403)
  })

  it('national figures are perturbed by the cell key method: at most ±2, parts never above their total, stable', async () => {
    const query = '?groupBy=deadline&from=2025-01-01&to=2026-12-31'
    const exact = (await get(query)).json().data
    const first = await get(query, BOOTSTRAP_AUTH)
    expect(first.json().meta).toMatchObject({ scope: 'national', perturbation: 'cell-key' })
    const national = first.json().data
    expect(national.map((r: { deadline: string }) => r.deadline)).toEqual(
      exact.map((r: { deadline: string }) => r.deadline),
    )
    national.forEach((row: Record<string, number>, i: number) => {
      for (const m of ['due', 'metOnTime', 'metLate', 'open', 'overdue'])
        expect(Math.abs(row[m]! - exact[i][m])).toBeLessThanOrEqual(2)
      for (const m of ['metOnTime', 'metLate', 'open', 'overdue'])
        expect(row[m]!).toBeLessThanOrEqual(row.due!)
    })
    expect((await get(query, BOOTSTRAP_AUTH)).json().data).toEqual(national)
  })

  it('format=csv-excel: semicolons, decimal comma and a byte order mark', async () => {
    const res = await get('?deadline=D-CONTRACT&groupBy=deadline&format=csv-excel')
    expect(res.body.startsWith('\uFEFF')).toBe(true)
    expect(res.body).toContain(';0,6667;')
  })

  it('CSV with the same columns', async () => {
    const res = await get('?deadline=D-CONTRACT&groupBy=deadline&format=csv')
    expect(res.headers['content-type']).toMatch(/text\/csv/)
    const [header, line] = res.body.trim().split('\n')
    expect(header).toBe(
      'deadline,periodStart,periodEnd,due,metOnTime,metLate,open,overdue,shareOnTime,suppressed',
    )
    expect(line).toMatch(/^D-CONTRACT,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},6,4,1,0,1,0.6667,$/)
  })

  it('a bad groupBy or period is a 400 problem naming it', async () => {
    expect((await get('?groupBy=outcome')).statusCode).toBe(400)
    const res = await get('?from=2026-01-01&to=2025-01-01')
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].pointer).toBe('/from')
  })
})
