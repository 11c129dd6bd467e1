import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES } from '../../src/takeover-assessments/schemas.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const assess = (payload: object, headers: Record<string, string> = {}, app = t.app) =>
  app.inject({
    method: 'POST',
    url: '/v1/takeover-assessments',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

/** The "obligated" example (a permanent job in the receiving municipality) with another commute. */
const { obligated } = TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES
const employment = (oneWayCommuteMinutes: number) => ({
  ...obligated,
  grounds: [{ ...obligated.grounds[0], oneWayCommuteMinutes }],
})

describe('POST /v1/takeover-assessments', () => {
  it.each(Object.entries(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES))(
    'the Swagger example "%s" gives that outcome',
    async (outcome, example) => {
      const res = await assess(example)
      expect(res.statusCode).toBe(200)
      expect(res.json().outcome).toBe(outcome)
    },
  )

  it('T-EMP: permanent job in the receiving municipality, 150 min commute → obligated, with rule, sources, explanation and notes', async () => {
    const res = await assess(employment(150))
    const body = res.json()
    expect(body.outcome).toBe('obligated')
    expect(body.grounds[0]).toMatchObject({
      index: 0,
      type: 'employment',
      effect: 'obligates',
      ruleId: 'T-EMP',
      missing: [],
    })
    expect(body.grounds[0].legalSources.map((s: { citation: string }) => s.citation).join()).toMatch(
      /§ 18, stk\. 2/,
    )
    expect(body.grounds[0].explanation).toMatch(/150/)
    expect(body.notes.map((n: { ruleId: string }) => n.ruleId)).toEqual(
      expect.arrayContaining(['G-VOLUNTARY', 'G-NO-HOUSING-DUTY']),
    )
    expect(body.parameters).toEqual({
      asOf: '2025-03-01',
      reasonableOneWayCommuteMinutes: 90,
      minimumObligingHoursPerWeek: 0,
    })
    expect(res.headers['x-rules-version']).toBe(body.rulesVersion)
  })

  it('explains in Danish by default and in English with Accept-Language: en', async () => {
    const da = (await assess(employment(150))).json().grounds[0].explanation
    const en = (await assess(employment(150), { 'accept-language': 'en-GB,en;q=0.9' })).json().grounds[0]
      .explanation
    expect(da).not.toBe(en)
    expect(en).toMatch(/commute|minutes/i)
    expect(da).toMatch(/min/)
  })

  it('T-EMP: the commute threshold is configurable and echoed (REASONABLE_ONE_WAY_COMMUTE_MINUTES=180)', async () => {
    const other = await createTestApp({ REASONABLE_ONE_WAY_COMMUTE_MINUTES: '180' })
    try {
      const body = (await assess(employment(150), {}, other.app)).json()
      expect(body.grounds[0].effect).toBe('insufficient')
      expect(body.parameters.reasonableOneWayCommuteMinutes).toBe(180)
    } finally {
      await other.close()
    }
  })

  it('T-EMP: missing facts are needs_information with pointers, not errors', async () => {
    const res = await assess({
      fromMunicipality: '773',
      toMunicipality: '101',
      grounds: [{ type: 'employment', workplaceMunicipality: '101' }],
    })
    expect(res.statusCode).toBe(200)
    const ground = res.json().grounds[0]
    expect(ground.effect).toBe('needs_information')
    expect(ground.missing).toContain('/grounds/0/oneWayCommuteMinutes')
    expect(res.json().outcome).toBe('individual_assessment')
  })

  it('answers a wrongly typed fact with a 400 problem naming its pointer', async () => {
    const body = employment(150)
    ;(body.grounds[0] as Record<string, unknown>).oneWayCommuteMinutes = 'long'
    const res = await assess(body)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ pointer: '/grounds/0/oneWayCommuteMinutes' }),
    )
  })

  it('answers an unknown ground type and an unknown municipality with 400s naming the field', async () => {
    const badType = await assess({
      fromMunicipality: '773',
      toMunicipality: '101',
      grounds: [{ type: 'weather' }],
    })
    expect(badType.statusCode).toBe(400)
    expect(badType.json().errors[0].pointer).toBe('/grounds/0/type')
    const badCode = await assess({
      fromMunicipality: '773',
      toMunicipality: '999',
      grounds: [{ type: 'loneliness' }],
    })
    expect(badCode.statusCode).toBe(400)
    expect(badCode.json().errors[0].pointer).toBe('/toMunicipality')
  })

  it('G-PERIOD: after the integration period the person moves freely: not obligated, with the G-PERIOD note', async () => {
    const body = {
      ...employment(150),
      applicant: { category: 'refugee', responsibilityDate: '2018-01-01' },
      asOf: '2025-03-01',
    }
    const res = (await assess(body)).json()
    expect(res.outcome).toBe('not_obligated')
    expect(res.notes[0].ruleId).toBe('G-PERIOD')
  })

  it('T-SPOUSE-BOTH: an unknown linked application leaves the ground needs_information', async () => {
    const res = await assess({
      fromMunicipality: '773',
      toMunicipality: '101',
      grounds: [
        {
          type: 'spouse',
          spouseCoveredByProgramme: true,
          linkedApplicationId: '00000000-0000-4000-8000-000000000000',
        },
      ],
    })
    expect(res.json().grounds[0]).toMatchObject({ effect: 'needs_information', ruleId: 'T-SPOUSE-BOTH' })
  })
})

describe('GET /v1/rules', () => {
  const RULE_IDS =
    'T-EMP T-EMP-PRACTICE T-EDU T-SPOUSE T-SPOUSE-BOTH T-PARTNER T-PARTNER-CHILD T-ILL T-THREAT T-DISCRIMINATION T-MINOR T-FAMILY-FRIENDS T-LONELINESS T-LARGER-CITY T-CONFLICT T-OTHER H-REF H-EARLY H-CPR H-UKR H-TAKEOVER H-PERIOD D-CONTRACT D-FIRST-OFFER D-VISITATION D-SIX-WEEKS D-MOVE-BACK D-PROCESSING G-NO-HOUSING-CONDITION G-NO-HOUSING-DUTY G-PERIOD G-REPEAT G-VOLUNTARY'.split(
      ' ',
    )

  it('lists every rule of the brief with titles in both languages and legal sources', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/rules', headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(200)
    const rules = res.json().data as {
      id: string
      title: { da: string; en: string }
      legalSources: unknown[]
    }[]
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(RULE_IDS))
    for (const rule of rules) {
      expect(rule.title.da && rule.title.en, rule.id).toBeTruthy()
    }
    expect(rules.find((r) => r.id === 'T-EMP')?.legalSources.length).toBeGreaterThan(0)
  })

  it('shows the commute parameter in force, marked as an interpretation', async () => {
    const rules = (
      await t.app.inject({ method: 'GET', url: '/v1/rules?prefix=T-EMP', headers: BOOTSTRAP_AUTH })
    ).json().data
    expect(rules.every((r: { id: string }) => r.id.startsWith('T-EMP'))).toBe(true)
    expect(rules[0].parameters).toContainEqual(
      expect.objectContaining({ name: 'reasonableOneWayCommuteMinutes', value: 90, interpretation: true }),
    )
  })

  it('filters by asOf and rejects a bad date', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: '/v1/rules?asOf=2020-01-01',
      headers: BOOTSTRAP_AUTH,
    })
    expect(ok.statusCode).toBe(200)
    const bad = await t.app.inject({
      method: 'GET',
      url: '/v1/rules?asOf=2020-13-01',
      headers: BOOTSTRAP_AUTH,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/asOf', in: 'querystring' })
  })
})
