import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HANDOVER_DATES_REQUEST_EXAMPLES } from '../../src/handover/schemas.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const post = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/handover-dates',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

describe('POST /v1/handover-dates', () => {
  it('H-REF: decision 15 May → responsibility 1 July, with sources, period end and deadlines', async () => {
    const res = await post({ category: 'refugee', visitationDecisionDate: '2025-05-15', asOf: '2025-06-01' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.responsibilityDate).toMatchObject({ date: '2025-07-01', ruleId: 'H-REF' })
    expect(body.responsibilityDate.legalSources[0].citation).toMatch(/§ 4/)
    expect(body.integrationPeriodEndDate).toBe('2030-06-30')
    expect(body.freeMovementFromDate).toBe('2030-07-01')
    expect(body.deadlines.map((d: { id: string }) => d.id)).toContain('D-CONTRACT')
    expect(body.explanation.join(' ')).toMatch(/juni 2025|1\. juli 2025/)
    expect(res.headers['x-rules-version']).toBe(body.rulesVersion)
  })

  it('H-REF: explains in English with Accept-Language: en, including a roll-forward past a helligdag', async () => {
    // decision in February 2024 → first whole month March → 1 April 2024 is Easter Monday → 2 April
    const res = await post(
      { category: 'refugee', visitationDecisionDate: '2024-02-10' },
      { 'accept-language': 'en' },
    )
    expect(res.json().responsibilityDate.date).toBe('2024-04-02')
    expect(res.json().explanation.join(' ')).toMatch(/Easter Monday/)
  })

  it('H-REF: uses the residence permit date when the visitation decision date is missing, and says so', async () => {
    const res = await post(
      { category: 'refugee', residencePermitDate: '2025-03-08' },
      { 'accept-language': 'en' },
    )
    expect(res.statusCode).toBe(200)
    expect(res.json().responsibilityDate.date).toBe('2025-05-01')
    expect(res.json().explanation.join(' ')).toMatch(/residence permit/i)
  })

  it.each(HANDOVER_DATES_REQUEST_EXAMPLES.map((e) => [e.category, e] as const))(
    'answers the Swagger example for %s',
    async (_, example) => {
      const res = await post(example)
      expect(res.statusCode).toBe(200)
      expect(res.json().responsibilityDate.ruleId).toMatch(/^H-/)
    },
  )

  it('answers a missing fact with a 400 problem naming the field', async () => {
    const res = await post({ category: 'refugee' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors[0].pointer).toBe('/visitationDecisionDate')
  })

  it('answers contradictory facts with 422 naming the field: a CPR date for an asylum refugee, a move back before the move', async () => {
    const cpr = await post({
      category: 'refugee',
      visitationDecisionDate: '2025-05-15',
      cprRegistrationDate: '2025-06-01',
    })
    expect(cpr.statusCode).toBe(422)
    expect(cpr.json().errors[0].pointer).toBe('/cprRegistrationDate')
    const back = await post({
      category: 'refugee',
      visitationDecisionDate: '2025-05-15',
      takeover: { approvalDate: '2025-08-01', moveDate: '2025-09-01' },
      movedBackDate: '2025-08-15',
    })
    expect(back.statusCode).toBe(422)
    expect(back.json().errors[0].pointer).toBe('/movedBackDate')
  })

  it('rejects impossible dates and unknown fields with 400', async () => {
    const res = await post({ category: 'refugee', visitationDecisionDate: '2025-02-30', extra: true })
    expect(res.statusCode).toBe(400)
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer)
    expect(pointers).toEqual(expect.arrayContaining(['/visitationDecisionDate', '/extra']))
  })

  it('requires an API key', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/handover-dates',
      payload: { category: 'refugee' },
    })
    expect(res.statusCode).toBe(401)
  })
})
