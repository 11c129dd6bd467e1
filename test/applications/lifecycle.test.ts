import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { LONELINESS_ONLY, registered } from './fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const newApplication = (overrides: Record<string, unknown> = {}) => registered(t.app, overrides)

const act = (id: string, path: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/takeover-applications/${id}/${path}`,
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

describe('application lifecycle', () => {
  it('received → decided → appealed → appeal_decided, each with an ETag and an audit event', async () => {
    const id = await newApplication()
    const decided = await act(id, 'decision', {
      outcome: 'refused',
      decisionDate: '2025-03-20',
      justification: 'Arbejdet kan passes fra nuværende bopæl med bil.',
    })
    expect(decided.statusCode).toBe(200)
    expect(decided.headers.etag).toBe('"v2"')
    expect(decided.json()).toMatchObject({
      status: 'decided',
      decision: { outcome: 'refused', refusedAlthoughObligated: true },
    })
    const appealed = await act(id, 'appeal', { lodgedDate: '2025-04-01' })
    expect(appealed.json().status).toBe('appealed')
    const ruled = await act(id, 'appeal/decision', { outcome: 'changed', decisionDate: '2025-06-15' })
    expect(ruled.json()).toMatchObject({
      status: 'appeal_decided',
      appeal: { lodgedDate: '2025-04-01', outcome: 'changed', decisionDate: '2025-06-15' },
    })

    const events = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/takeover-applications/${id}/events`,
        headers: BOOTSTRAP_AUTH,
      })
    ).json().data
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'decision',
      'appeal',
      'appeal_decision',
    ])
    expect(events[1]).toMatchObject({ actor: 'bootstrap', statusBefore: 'received', statusAfter: 'decided' })
  })

  it('refuses impossible transitions with 409: appeal before a decision, a second decision, withdrawal after a decision', async () => {
    const id = await newApplication()
    expect((await act(id, 'appeal', { lodgedDate: '2025-04-01' })).statusCode).toBe(409)
    await act(id, 'decision', { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' })
    const again = await act(id, 'decision', {
      outcome: 'refused',
      decisionDate: '2025-03-21',
      justification: 'x',
    })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ currentStatus: 'decided' })
    expect((await act(id, 'withdrawal', { withdrawnDate: '2025-03-25' })).statusCode).toBe(409)
  })

  it('G-NO-HOUSING-CONDITION: an approval conditional on housing is 422 citing the rule, and nothing changes', async () => {
    const id = await newApplication()
    const res = await act(id, 'decision', {
      outcome: 'approved',
      decisionDate: '2025-03-20',
      legalBasis: 'voluntary',
      conditions: [{ type: 'housing', description: 'Vi overtager, når du har fundet bolig' }],
    })
    expect(res.statusCode).toBe(422)
    expect(res.json()).toMatchObject({ ruleId: 'G-NO-HOUSING-CONDITION' })
    expect(res.json().errors[0].pointer).toBe('/conditions/0/type')
    const after = (
      await t.app.inject({ method: 'GET', url: `/v1/takeover-applications/${id}`, headers: BOOTSTRAP_AUTH })
    ).json()
    expect(after).toMatchObject({ status: 'received', version: 1 })
  })

  it('refusing an application assessed as obligated requires a justification (422) and is flagged', async () => {
    const id = await newApplication()
    const res = await act(id, 'decision', { outcome: 'refused', decisionDate: '2025-03-20' })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].pointer).toBe('/justification')
    const other = await newApplication({ grounds: LONELINESS_ONLY })
    const refused = await act(other, 'decision', { outcome: 'refused', decisionDate: '2025-03-20' })
    expect(refused.json().decision.refusedAlthoughObligated).toBe(false)
  })

  it('an approval needs a legal basis; a refusal must not have one; a decision cannot predate receipt', async () => {
    const id = await newApplication()
    expect(
      (await act(id, 'decision', { outcome: 'approved', decisionDate: '2025-03-20' })).json().errors[0]
        .pointer,
    ).toBe('/legalBasis')
    expect(
      (
        await act(id, 'decision', {
          outcome: 'refused',
          decisionDate: '2025-03-20',
          legalBasis: 'voluntary',
          justification: 'x',
        })
      ).statusCode,
    ).toBe(422)
    const early = await act(id, 'decision', {
      outcome: 'approved',
      decisionDate: '2025-01-01',
      legalBasis: 'obligated',
    })
    expect(early.statusCode).toBe(422)
    expect(early.json().errors[0].pointer).toBe('/decisionDate')
  })

  it('H-TAKEOVER: a move after the approval takes effect on the move-in date, with the D-CONTRACT deadline', async () => {
    const id = await newApplication()
    await act(id, 'decision', { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' })
    const moved = (await act(id, 'move', { moveDate: '2025-05-01' })).json()
    expect(moved.dates.takeoverEffectiveDate).toMatchObject({ date: '2025-05-01', ruleId: 'H-TAKEOVER' })
    expect(moved.dates.contractDeadline).toMatchObject({ date: '2025-06-01', ruleId: 'D-CONTRACT' })
  })

  it('H-TAKEOVER: a person who had already moved is taken over from the approval date', async () => {
    const id = await newApplication()
    await act(id, 'move', { moveDate: '2025-02-15' })
    const approved = (
      await act(id, 'decision', { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'voluntary' })
    ).json()
    expect(approved.dates.takeoverEffectiveDate).toMatchObject({ date: '2025-03-20', ruleId: 'H-TAKEOVER' })
  })

  it('withdrawal from received; nothing after it', async () => {
    const id = await newApplication()
    expect((await act(id, 'withdrawal', { withdrawnDate: '2025-03-10' })).json()).toMatchObject({
      status: 'withdrawn',
      withdrawnDate: '2025-03-10',
    })
    expect((await act(id, 'move', { moveDate: '2025-05-01' })).statusCode).toBe(409)
  })

  it('If-Match: a stale ETag is 412 and changes nothing; the current one succeeds', async () => {
    const id = await newApplication()
    await act(id, 'move', { moveDate: '2025-04-01' })
    const stale = await act(
      id,
      'decision',
      { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' },
      { 'if-match': '"v1"' },
    )
    expect(stale.statusCode).toBe(412)
    expect(stale.json().currentEtag).toBe('"v2"')
    const fresh = await act(
      id,
      'decision',
      { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' },
      { 'if-match': '"v2"' },
    )
    expect(fresh.statusCode).toBe(200)
  })

  it('GET answers 304 to If-None-Match with the current ETag, for cheap polling', async () => {
    const id = await newApplication()
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}`,
      headers: { ...BOOTSTRAP_AUTH, 'if-none-match': '"v1"' },
    })
    expect(res.statusCode).toBe(304)
    expect(res.headers.etag).toBe('"v1"')
    expect(res.body).toBe('')
  })

  it('If-None-Match compares weakly, takes lists and * (RFC 9110 § 13.1.2)', async () => {
    const id = await newApplication()
    await t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${id}/move`,
      headers: BOOTSTRAP_AUTH,
      payload: { moveDate: '2025-04-01' },
    })
    const poll = (ifNoneMatch: string) =>
      t.app.inject({
        method: 'GET',
        url: `/v1/takeover-applications/${id}`,
        headers: { ...BOOTSTRAP_AUTH, 'if-none-match': ifNoneMatch },
      })
    for (const notModified of ['W/"v2"', '"v1", "v2"', '"v1",W/"v2"', '*'])
      expect((await poll(notModified)).statusCode, notModified).toBe(304)
    for (const changed of ['"v1"', 'W/"v1", "v3"', '"v22"', 'v2'])
      expect((await poll(changed)).statusCode, changed).toBe(200)
  })

  it('the database itself refuses an impossible transition and any change to the audit trail', async () => {
    const id = await newApplication()
    const db = t.app.database.db
    await expect(
      db.updateTable('takeover_application').set({ status: 'appeal_decided' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/impossible transition/)
    await expect(
      db.deleteFrom('application_event').where('application_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/)
  })
})
