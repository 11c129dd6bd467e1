/** Issue 14.2: facts that put a rule to use before its legal basis existed are a 422 naming the field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { responsibilityDate } from '../../src/law/handover/index.ts'
import { assessTakeover } from '../../src/law/takeover/index.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { lawError } from './invalid-input.ts'

const options = { language: 'en' as const, reasonableOneWayCommuteMinutes: 90 }
const lonely = { fromMunicipality: '773', toMunicipality: '101', grounds: [{ type: 'loneliness' as const }] }

describe('validFrom of the rules (law functions)', () => {
  it('H-UKR: a visitation decision before 17 March 2022 (lov nr. 324 af 16. marts 2022) is a 422', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'ukrainian_displaced', visitationDecisionDate: '2021-06-01' }),
    )
    expect(error.kind).toBe('contradictory')
    expect(error.pointer).toBe('/visitationDecisionDate')
    expect(error.message).toContain('2022-03-17')
    expect(error.message).toContain('lov nr. 324 af 16. marts 2022')
    expect(
      lawError(() =>
        responsibilityDate({ category: 'ukrainian_displaced', visitationDecisionDate: '2022-03-16' }),
      ).pointer,
    ).toBe('/visitationDecisionDate')
  })

  it('H-UKR: a decision on the day the act came into force is counted', () => {
    const result = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2022-03-17',
    })
    expect(result.ruleId).toBe('H-UKR')
  })

  it('H-REF: a visitation decision before the Integration Act (1 January 1999) is a 422', () => {
    const error = lawError(() =>
      responsibilityDate(
        { category: 'refugee', visitationDecisionDate: '1998-06-15' },
        { pointerPrefix: '/applicant' },
      ),
    )
    expect(error).toMatchObject({ kind: 'contradictory', pointer: '/applicant/visitationDecisionDate' })
    expect(error.message).toContain('1999-01-01')
  })

  it('H-CPR: a CPR registration before the Integration Act is a 422 naming cprRegistrationDate', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'quota_refugee', cprRegistrationDate: '1997-02-03' }),
    )
    expect(error).toMatchObject({ kind: 'contradictory', pointer: '/cprRegistrationDate' })
  })

  it('H-UKR: a Ukrainian applicant whose responsibility date precedes the special act is a 422 in the § 18 assessment', () => {
    const error = lawError(() =>
      assessTakeover(
        { ...lonely, applicant: { category: 'ukrainian_displaced', responsibilityDate: '2021-09-01' } },
        { ...options, asOf: '2025-01-01' },
      ),
    )
    expect(error).toMatchObject({ kind: 'contradictory', pointer: '/applicant/responsibilityDate' })
    expect(error.message).toContain('2022-03-17')
  })

  it('T-LONELINESS: asOf before the Integration Act is a 422 naming asOf and the act’s date', () => {
    const error = lawError(() => assessTakeover(lonely, { ...options, asOf: '1998-12-31' }))
    expect(error).toMatchObject({ kind: 'contradictory', pointer: '/asOf' })
    expect(error.message).toContain('1999-01-01')
    expect(assessTakeover(lonely, { ...options, asOf: '1999-01-01' }).grounds[0]?.ruleId).toBe('T-LONELINESS')
  })
})

describe('validFrom over HTTP', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('every rule of the catalogue has a validFrom; H-UKR from 17 March 2022', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/rules', headers: BOOTSTRAP_AUTH })
    const rules = res.json().data as { id: string; validFrom?: string }[]
    expect(rules.length).toBeGreaterThan(40)
    for (const rule of rules) expect(rule.validFrom, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(rules.find((r) => r.id === 'H-UKR')?.validFrom).toBe('2022-03-17')
    expect(rules.find((r) => r.id === 'T-EMP')?.validFrom).toBe('1999-01-01')
  })

  it('H-UKR: POST /v1/handover-dates with a 2021 decision is a 422 problem naming the field and the act’s date', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/handover-dates',
      headers: BOOTSTRAP_AUTH,
      payload: { category: 'ukrainian_displaced', visitationDecisionDate: '2021-11-15' },
    })
    expect(res.statusCode).toBe(422)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toContainEqual(expect.objectContaining({ pointer: '/visitationDecisionDate' }))
    expect(res.body).toContain('2022-03-17')
  })

  it('H-UKR: an application of a Ukrainian with a 2021 visitation decision is a 422 and nothing is stored', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      headers: BOOTSTRAP_AUTH,
      payload: {
        externalReference: 'UKR-2021',
        receivedDate: '2025-03-03',
        applicant: {
          cpr: '010190-1234',
          category: 'ukrainian_displaced',
          visitationDecisionDate: '2021-11-15',
        },
        fromMunicipality: '773',
        toMunicipality: '101',
        grounds: [{ type: 'loneliness' }],
      },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ pointer: '/applicant/visitationDecisionDate' }),
    )
    const list = await t.app.inject({
      method: 'GET',
      url: '/v1/takeover-applications?externalReference=UKR-2021',
      headers: BOOTSTRAP_AUTH,
    })
    expect(list.json().data).toEqual([])
  })
})
