import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BENEFIT_REDUCTION_EXAMPLES } from '../../src/law/proportionality/index.ts'
import { applicationBody, LONELINESS_ONLY } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'

let t: TestApp
let refusedId: string
let receivedId: string
beforeAll(async () => {
  t = await createTestApp()
  const create = async (grounds: unknown[]) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/v1/takeover-applications',
        payload: applicationBody({ grounds }),
        headers: BOOTSTRAP_AUTH,
      })
    ).json().id as string
  refusedId = await create([{ type: 'larger_city' }, ...LONELINESS_ONLY])
  await t.app.inject({
    method: 'POST',
    url: `/v1/takeover-applications/${refusedId}/decision`,
    payload: {
      outcome: 'refused',
      decisionDate: '2025-03-20',
      justification: 'Ønsket om en større by er ikke tilstrækkeligt (T-LARGER-CITY).',
    },
    headers: BOOTSTRAP_AUTH,
  })
  receivedId = await create(LONELINESS_ONLY)
})
afterAll(() => t.close())

const assess = (payload: object, headers: object = BOOTSTRAP_AUTH) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/benefit-reduction-assessments',
    payload,
    headers: headers as Record<string, string>,
  })
const record = (id: string, payload: object, headers: object = BOOTSTRAP_AUTH) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/takeover-applications/${id}/benefit-reductions`,
    payload,
    headers: headers as Record<string, string>,
  })

const household = { adults: 1, dependentChildren: 0, benefitIsOnlyIncome: true, healthIssues: false }
const evasion = {
  stoppedParticipatingBeforeMove: true,
  refusedOffersBeforeMove: 2,
  statedIntentToContinueProgramme: false,
}

describe('POST /v1/benefit-reduction-assessments', () => {
  it('single adult who stopped attending before moving to a larger city: a reduction is proportionate up to the maximum, with all three criteria and the disclaimer', async () => {
    const res = await assess(BENEFIT_REDUCTION_EXAMPLES.singleAdultStoppedBeforeMove)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.verdict).toBe('proportionate')
    expect(body.criteria.map((c: { criterion: string }) => c.criterion)).toEqual([
      'need',
      'reason',
      'evasion',
    ])
    for (const c of body.criteria) expect(typeof c.contribution).toBe('number')
    expect(body.disclaimer).toBeTruthy()
  })

  it('uses a stored, refused application as the reason (its assessed grounds)', async () => {
    const res = await assess({ household, evasion, applicationId: refusedId, proposedReductionPercent: 25 })
    expect(res.statusCode).toBe(200)
    expect(res.json().applicationId).toBe(refusedId)
  })

  it('refuses an application that is not refused (422), one the caller cannot see (404), and both or neither reason source (400)', async () => {
    expect(
      (await assess({ household, evasion, applicationId: receivedId, proposedReductionPercent: 25 }))
        .statusCode,
    ).toBe(422)
    const outsider = await keyHeader(t.app, 'aarhus', '751')
    expect(
      (await assess({ household, evasion, applicationId: refusedId, proposedReductionPercent: 25 }, outsider))
        .statusCode,
    ).toBe(404)
    expect(
      (
        await assess({
          household,
          evasion,
          applicationId: refusedId,
          groundTypes: ['loneliness'],
          proposedReductionPercent: 25,
        })
      ).statusCode,
    ).toBe(400)
    expect((await assess({ household, evasion, proposedReductionPercent: 25 })).statusCode).toBe(400)
  })

  it('missing facts give insufficient_information, never a verdict', async () => {
    const body = (await assess({ groundTypes: ['loneliness'], evasion, proposedReductionPercent: 25 })).json()
    expect(body.verdict).toBe('insufficient_information')
    expect(body.maxProportionateReductionPercent).toBeNull()
  })
})

describe('POST /v1/takeover-applications/{id}/benefit-reductions', () => {
  it('records the decided reduction with its assessment and D-MOVE-BACK date (moved back 15 June → full benefit 1 August), in the audit trail', async () => {
    const res = await record(refusedId, {
      household,
      evasion,
      decidedReductionPercent: 50,
      effectiveDate: '2025-05-01',
      movedBackDate: '2025-06-15',
      justification: 'Konkret vurdering af behov, årsag og omgåelse.',
    })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body.fullBenefitRestoredDate).toMatchObject({ date: '2025-08-01', ruleId: 'D-MOVE-BACK' })
    expect(body.assessment.verdict).toMatch(/proportionate|disproportionate/)
    const events = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/takeover-applications/${refusedId}/events`,
        headers: BOOTSTRAP_AUTH,
      })
    ).json().data
    expect(events.at(-1)).toMatchObject({
      type: 'benefit_reduction',
      details: { decidedReductionPercent: 50 },
    })
    const listed = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/takeover-applications/${refusedId}/benefit-reductions`,
        headers: BOOTSTRAP_AUTH,
      })
    ).json().data
    expect(listed.map((r: { id: string }) => r.id)).toEqual([body.id])
  })

  it('only after a refusal (409 while undecided, 422 after an approval), only by the receiving municipality (403)', async () => {
    const body = {
      household,
      evasion,
      decidedReductionPercent: 25,
      effectiveDate: '2025-05-01',
      justification: 'x',
    }
    expect((await record(receivedId, body)).statusCode).toBe(409)
    await t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${receivedId}/decision`,
      payload: { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'voluntary' },
      headers: BOOTSTRAP_AUTH,
    })
    expect((await record(receivedId, body)).statusCode).toBe(422)
    const departure = await keyHeader(t.app, 'morsoe', '773')
    expect((await record(refusedId, body, departure)).statusCode).toBe(403)
  })
})

describe('GET /v1/rules', () => {
  it('lists P-NEED, P-REASON, P-EVASION, P-TOTAL-STOP and P-MAX with titles, sources and the weights as interpretation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/rules?prefix=P-', headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(200)
    const rules = res.json().data as {
      id: string
      title: { da: string; en: string }
      legalSources: { citation: string }[]
      parameters: { name: string; interpretation: boolean }[]
    }[]
    expect(rules.map((r) => r.id)).toEqual(['P-NEED', 'P-REASON', 'P-EVASION', 'P-TOTAL-STOP', 'P-MAX'])
    expect(rules[0]!.title).toEqual({ da: 'Behov for ydelsen', en: 'Need for the benefit' })
    for (const rule of rules) expect(rule.legalSources[0]!.citation).toBe('Integrationsloven § 32')
    expect(rules.find((r) => r.id === 'P-EVASION')!.parameters.map((p) => p.name)).toContain(
      'evasionBaseCeiling',
    )
    expect(rules.flatMap((r) => r.parameters).every((p) => p.interpretation)).toBe(true)
  })
})
