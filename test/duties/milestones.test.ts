import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approvedTakeover, registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { milestone, recorded } from './support.ts'

let t: TestApp
beforeAll(async () => {
  // Load shedding (503 on a busy shared machine) is not what this file tests.
  t = await createTestApp({ MAX_EVENT_LOOP_DELAY_MS: '0' })
})
afterAll(() => t.close())

const list = async (id: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}/milestones`,
      headers: BOOTSTRAP_AUTH,
    })
  ).json().data

describe('POST /v1/takeover-applications/{id}/milestones', () => {
  it('D-CONTRACT: records a milestone (201, Location, new ETag) and writes it to the audit trail', async () => {
    const id = await approvedTakeover(t.app)
    const before = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}`,
      headers: BOOTSTRAP_AUTH,
    })
    const res = await milestone(t.app, id, {
      type: 'contract_signed',
      date: '2025-05-20',
      note: 'kontrakt underskrevet',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ type: 'contract_signed', date: '2025-05-20', superseded: false })
    expect(res.json().supersedes).toBeUndefined()
    expect(res.json().recordedAt).toMatch(/Z$/)
    expect(res.headers.location).toBe(`/v1/takeover-applications/${id}/milestones`)
    expect(res.headers.etag).not.toBe(before.headers.etag)
    const events = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}/events`,
      headers: BOOTSTRAP_AUTH,
    })
    const event = events.json().data.at(-1)
    expect(event).toMatchObject({ type: 'milestone', statusBefore: 'decided', statusAfter: 'decided' })
    expect(event.details).toMatchObject({
      milestoneId: res.json().id,
      type: 'contract_signed',
      date: '2025-05-20',
    })
  })

  it('a correction is a new milestone that supersedes the earlier one; nothing is edited', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-CORRECT' })
    const first = await recorded(t.app, id, { type: 'contract_signed', date: '2025-05-20' })
    const second = await milestone(t.app, id, { type: 'contract_signed', date: '2025-05-21' })
    expect(second.json().supersedes).toBe(first)
    const all = await list(id)
    expect(all.map((m: { id: string; superseded: boolean }) => [m.id, m.superseded])).toEqual([
      [first, true],
      [second.json().id, false],
    ])
    expect(all[0].date).toBe('2025-05-20')
  })

  it('D-SIX-WEEKS: company offers accumulate; one is corrected only with supersedes, of the same type, once', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-OFFERS' })
    const a = await recorded(t.app, id, { type: 'company_offer', date: '2025-06-01' })
    const b = await milestone(t.app, id, { type: 'company_offer', date: '2025-07-01' })
    expect(b.json().supersedes).toBeUndefined()
    const fix = await milestone(t.app, id, { type: 'company_offer', date: '2025-06-02', supersedes: a })
    expect(fix.json().supersedes).toBe(a)
    const again = await milestone(t.app, id, { type: 'company_offer', date: '2025-06-03', supersedes: a })
    expect(again.statusCode).toBe(409)
    const wrongType = await milestone(t.app, id, {
      type: 'contract_signed',
      date: '2025-06-03',
      supersedes: b.json().id,
    })
    expect(wrongType.statusCode).toBe(422)
    expect(wrongType.json().errors[0].pointer).toBe('/supersedes')
  })

  it('dates before the takeover took effect or in the future are 422 problems naming /date', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-DATES' })
    const early = await milestone(t.app, id, { type: 'contract_signed', date: '2025-04-30' })
    expect(early.statusCode).toBe(422)
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(early.json().errors[0]).toMatchObject({ pointer: '/date' })
    expect(early.json().detail).toMatch(/before the takeover took effect/)
    const future = await milestone(t.app, id, { type: 'contract_signed', date: '2199-01-01' })
    expect(future.statusCode).toBe(422)
    expect(future.json().errors[0].pointer).toBe('/date')
    expect(await list(id)).toEqual([])
  })

  it('only on approved takeovers: 409 while received and after a refusal', async () => {
    const received = await registered(t.app, { externalReference: 'KK-RECEIVED' })
    expect(
      (await milestone(t.app, received, { type: 'contract_signed', date: '2025-05-20' })).statusCode,
    ).toBe(409)
    const refused = await registered(t.app, { externalReference: 'KK-REFUSED' })
    await stepped(t.app, refused, '/decision', {
      outcome: 'refused',
      decisionDate: '2025-03-20',
      justification: 'nej',
    })
    const res = await milestone(t.app, refused, { type: 'contract_signed', date: '2025-05-20' })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/approved/)
  })

  it('only the receiving municipality records (403 for the departure municipality, 404 for another)', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-WHO' })
    const departure = await keyHeader(t.app, 'departure', '773')
    const other = await keyHeader(t.app, 'odense', '461')
    const receiving = await keyHeader(t.app, 'kbh', '101')
    expect(
      (await milestone(t.app, id, { type: 'contract_signed', date: '2025-05-20' }, departure)).statusCode,
    ).toBe(403)
    expect(
      (await milestone(t.app, id, { type: 'contract_signed', date: '2025-05-20' }, other)).statusCode,
    ).toBe(404)
    expect(
      (await milestone(t.app, id, { type: 'contract_signed', date: '2025-05-20' }, receiving)).statusCode,
    ).toBe(201)
    const read = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}/milestones`,
      headers: departure,
    })
    expect(read.statusCode).toBe(200)
  })

  it('an unknown type or field is a 400 problem naming it', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-BAD' })
    const res = await milestone(t.app, id, { type: 'coffee', date: '2025-05-20' })
    expect(res.statusCode).toBe(400)
    expect(JSON.stringify(res.json().errors)).toContain('/type')
  })
})
