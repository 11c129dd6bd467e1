import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DANISH_BONUS_EXAMPLES } from '../../src/danskbonus/schemas.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  // Load shedding (503 on a busy shared machine) is not what this file tests.
  t = await createTestApp({ MAX_EVENT_LOOP_DELAY_MS: '0' })
})
afterAll(() => t.close())

const post = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/danish-bonus-assessments',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

describe('POST /v1/danish-bonus-assessments', () => {
  it('B-COVERED..B-PROGRAMME: the Swagger example is eligible, in English with Accept-Language: en', async () => {
    const res = await post({ ...DANISH_BONUS_EXAMPLES[0], asOf: '2025-07-01' }, { 'accept-language': 'en' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      outcome: 'eligible',
      bonus: 'integration_act_lump_sum',
      reopeningRequired: false,
    })
    expect(body.conditions.map((c: { ruleId: string }) => c.ruleId)).toEqual([
      'B-COVERED',
      'B-SELF-SUPPORTING',
      'B-EXAM',
      'B-ONCE',
      'B-PROGRAMME',
    ])
    expect(body.conditions[2].explanation).toMatch(/passed/)
    expect(res.headers['x-rules-version']).toBe(body.rulesVersion)
  })

  it('B-PRACTICE-2021: the second example requires reopening, explained in Danish by default', async () => {
    const res = await post(DANISH_BONUS_EXAMPLES[1])
    expect(res.json()).toMatchObject({ reopeningRequired: true, reopening: { ruleId: 'B-PRACTICE-2021' } })
    expect(res.json().reopening.explanation).toMatch(/genoptages/)
  })

  it('B-PROGRAMME: 8 and 9 June 2021 either side of the boundary through the API', async () => {
    const facts = { ...DANISH_BONUS_EXAMPLES[0], programmeOffered: false, asOf: '2025-07-01' }
    const before = await post({ ...facts, applicationDate: '2021-06-08' })
    const on = await post({ ...facts, applicationDate: '2021-06-09' })
    expect(before.json().conditions[4].result).toBe('not_applicable')
    expect(on.json().conditions[4].result).toBe('not_met')
  })

  it('an empty body is needs_information, not a 400', async () => {
    const res = await post({})
    expect(res.statusCode).toBe(200)
    expect(res.json().outcome).toBe('needs_information')
  })

  it.each([
    [{ applicationDate: '2021-02-30' }, '/applicationDate'],
    [{ benefit: 'kontanthjælp' }, '/benefit'],
    [{ danishTests: [{ kind: 'pd1', passedDate: '2020-01-01' }] }, '/danishTests/0/kind'],
    [{ programmeOffered: 'yes' }, '/programmeOffered'],
    [{ unknownFact: true }, '/unknownFact'],
  ])('a malformed value is a 400 problem naming the field: %j', async (payload, pointer) => {
    const res = await post(payload)
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(JSON.stringify(res.json().errors)).toContain(pointer)
  })

  it('GET /v1/rules lists the B-* rules; B-PROGRAMME only from 9 June 2021', async () => {
    const all = await t.app.inject({ method: 'GET', url: '/v1/rules?prefix=B-', headers: BOOTSTRAP_AUTH })
    expect(all.json().data.map((r: { id: string }) => r.id)).toEqual([
      'B-COVERED',
      'B-SELF-SUPPORTING',
      'B-EXAM',
      'B-ONCE',
      'B-PROGRAMME',
      'B-PRACTICE-2021',
      'B-PATH',
    ])
    const earlier = await t.app.inject({
      method: 'GET',
      url: '/v1/rules?prefix=B-&asOf=2021-06-08',
      headers: BOOTSTRAP_AUTH,
    })
    expect(earlier.json().data.map((r: { id: string }) => r.id)).not.toContain('B-PROGRAMME')
  })
})
