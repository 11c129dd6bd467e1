import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approvedTakeover, registered } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { recorded } from './support.ts'

let t: TestApp
let first: string
let second: string
beforeAll(async () => {
  // Load shedding (503 on a busy shared machine) is not what this file tests.
  t = await createTestApp({ MAX_EVENT_LOOP_DELAY_MS: '0' })
  first = await approvedTakeover(t.app, { externalReference: 'KK-W1' })
  second = await approvedTakeover(t.app, { externalReference: 'KK-W2' })
  await registered(t.app, { externalReference: 'KK-UNDECIDED' })
  await recorded(t.app, first, { type: 'contract_signed', date: '2025-05-20' })
  await recorded(t.app, first, { type: 'contract_goal_stated', date: '2025-05-20' })
  await recorded(t.app, first, { type: 'first_company_offer', date: '2025-06-10' })
})
afterAll(() => t.close())

const get = (query: string, headers: Record<string, string> = BOOTSTRAP_AUTH) =>
  t.app.inject({ method: 'GET', url: `/v1/deadlines${query}`, headers })

type Row = {
  applicationId: string
  deadlineId: string
  dueDate: string
  state: string
  metOn?: string
  milestoneId?: string
}

describe('GET /v1/deadlines', () => {
  it('every deadline of the approved takeovers, ordered by due date, with state, metOn and milestone', async () => {
    const res = await get('?limit=1000')
    expect(res.statusCode).toBe(200)
    const rows: Row[] = res.json().data
    expect(new Set(rows.map((r) => r.applicationId))).toEqual(new Set([first, second]))
    expect(rows.map((r) => r.dueDate)).toEqual([...rows.map((r) => r.dueDate)].sort())
    const of = (id: string, deadline: string) =>
      rows.filter((r) => r.applicationId === id && r.deadlineId === deadline)
    expect(of(first, 'D-CONTRACT')[0]).toMatchObject({
      state: 'met',
      metOn: '2025-05-20',
      dueDate: '2025-06-01',
    })
    expect(of(first, 'D-CONTRACT-GOAL')[0]).toMatchObject({ state: 'met' })
    expect(of(first, 'D-FIRST-OFFER')[0]).toMatchObject({ state: 'met_late', metOn: '2025-06-10' })
    expect(of(first, 'D-FOLLOW-UP')[0]).toMatchObject({
      state: 'overdue',
      dueDate: '2025-08-20',
      interpretation: true,
    })
    expect(of(second, 'D-CONTRACT')[0]).toMatchObject({ state: 'overdue', externalReference: 'KK-W2' })
    expect(of(second, 'D-CONTRACT')[0]!.metOn).toBeUndefined()
    expect(res.json().next).toBeNull()
  })

  it('filters by state, deadline and due date', async () => {
    const overdue: Row[] = (await get('?state=overdue&limit=1000')).json().data
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.every((r) => r.state === 'overdue')).toBe(true)
    const contracts: Row[] = (await get('?deadline=D-CONTRACT')).json().data
    expect(contracts.map((r) => r.state).sort()).toEqual(['met', 'overdue'])
    const window: Row[] = (await get('?dueAfter=2025-08-01&dueBefore=2025-08-01')).json().data
    expect(window.map((r) => r.deadlineId)).toEqual(['D-VISITATION', 'D-VISITATION'])
  })

  it('cursor pagination visits every deadline once, in order', async () => {
    const all: Row[] = (await get('?limit=1000')).json().data
    const seen: Row[] = []
    let cursor: string | null = null
    do {
      const res = await get(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.statusCode).toBe(200)
      seen.push(...res.json().data)
      cursor = res.json().next
      if (cursor) expect(res.headers.link).toContain('rel="next"')
    } while (cursor)
    expect(seen).toEqual(all)
  })

  it('a municipality sees the takeovers it receives only', async () => {
    const departure = await keyHeader(t.app, 'departure', '773')
    expect((await get('', departure)).json().data).toEqual([])
    const receiving = await keyHeader(t.app, 'kbh', '101')
    expect((await get('?limit=1000', receiving)).json().data.length).toBeGreaterThan(10)
  })

  it('format=csv gives the same columns as CSV', async () => {
    const res = await get('?deadline=D-CONTRACT&format=csv')
    expect(res.headers['content-type']).toMatch(/text\/csv/)
    const lines = res.body.trim().split('\n')
    expect(lines[0]).toBe(
      'applicationId,externalReference,toMunicipality,deadlineId,startDate,dueDate,state,metOn,milestoneId,interpretation',
    )
    expect(lines).toHaveLength(3)
  })

  it("D-UPSKILLING, D-HEALTH: an application's dates list the deadlines from the takeover's effective date", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${second}`,
      headers: BOOTSTRAP_AUTH,
    })
    const deadlines = res.json().dates.deadlines
    expect(
      deadlines.map((d: { id: string; date: string; interpretation: boolean }) => [
        d.id,
        d.date,
        d.interpretation,
      ]),
    ).toEqual([
      ['D-CONTRACT', '2025-06-01', false],
      ['D-FIRST-OFFER', '2025-06-01', true],
      ['D-VISITATION', '2025-08-01', true],
      ['D-HEALTH', '2025-11-01', true],
      ['D-UPSKILLING', '2025-11-01', false],
    ])
    expect(deadlines[3].legalSources[0].citation).toBe('Integrationsloven § 15 d, stk. 4')
    const undecided = await registered(t.app, { externalReference: 'KK-NO-TAKEOVER' })
    const none = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${undecided}`,
      headers: BOOTSTRAP_AUTH,
    })
    expect(none.json().dates.deadlines).toEqual([])
  })

  it('a bad cursor or state is a 400 problem naming it', async () => {
    const cursor = await get('?cursor=bm9wZQ')
    expect(cursor.statusCode).toBe(400)
    expect(JSON.stringify(cursor.json())).toContain('cursor')
    expect((await get('?state=late')).statusCode).toBe(400)
  })
})
