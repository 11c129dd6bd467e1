import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InvalidInput } from '../../src/errors.ts'
import { assessTakeover } from '../../src/law/takeover/index.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

/** Issue 14.3: a job of 0 hours is no job; how few hours can still oblige is a named interpretation. */
const job = (hoursPerWeek?: number) => ({
  type: 'employment' as const,
  holder: 'applicant' as const,
  workplaceMunicipality: '101',
  ordinary: true,
  permanent: true,
  oneWayCommuteMinutes: 150,
  ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
})
const request = (hoursPerWeek?: number) => ({
  fromMunicipality: '773',
  toMunicipality: '101',
  grounds: [job(hoursPerWeek)],
})
const options = { language: 'en' as const, asOf: '2025-03-01', reasonableOneWayCommuteMinutes: 90 }

describe('T-EMP: hours per week', () => {
  it('T-EMP: 0 hours is rejected by the law function too, naming the field', () => {
    expect(() => assessTakeover(request(0), options)).toThrow(InvalidInput)
    try {
      assessTakeover(request(0), options)
    } catch (error) {
      expect((error as InvalidInput).pointer).toBe('/grounds/0/hoursPerWeek')
      expect((error as InvalidInput).kind).toBe('invalid')
    }
  })

  it('T-EMP: by default any ordinary part-time job can oblige, and the parameter is echoed', () => {
    const assessment = assessTakeover(request(1), options)
    expect(assessment.grounds[0]).toMatchObject({ ruleId: 'T-EMP', effect: 'obligates' })
    expect(assessment.parameters).toMatchObject({ minimumObligingHoursPerWeek: 0 })
  })

  it('T-EMP: with a minimum, fewer hours support, enough hours oblige, unknown hours are missing', () => {
    const withMinimum = { ...options, minimumObligingHoursPerWeek: 15 }
    const few = assessTakeover(request(10), withMinimum)
    expect(few.grounds[0]).toMatchObject({ ruleId: 'T-EMP', effect: 'supports' })
    expect(few.grounds[0]?.explanation).toContain('minimumObligingHoursPerWeek')
    expect(few.parameters.minimumObligingHoursPerWeek).toBe(15)
    expect(assessTakeover(request(15), withMinimum).grounds[0]?.effect).toBe('obligates')
    const unknown = assessTakeover(request(), withMinimum).grounds[0]
    expect(unknown).toMatchObject({ effect: 'needs_information', missing: ['/grounds/0/hoursPerWeek'] })
    // Without a minimum the hours decide nothing, so they are not asked for.
    expect(assessTakeover(request(), options).grounds[0]?.effect).toBe('obligates')
  })

  it('T-EMP: no employment ground, no hours parameter', () => {
    const other = assessTakeover(
      { fromMunicipality: '773', toMunicipality: '101', grounds: [{ type: 'loneliness' }] },
      options,
    )
    expect(other.parameters).not.toHaveProperty('minimumObligingHoursPerWeek')
  })
})

describe('T-EMP over HTTP (MINIMUM_OBLIGING_HOURS_PER_WEEK)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ MINIMUM_OBLIGING_HOURS_PER_WEEK: '12' })
  })
  afterAll(() => t.close())
  const assess = (body: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/takeover-assessments',
      headers: BOOTSTRAP_AUTH,
      payload: body as object,
    })

  it('T-EMP: hoursPerWeek 0 (or below) is a 400 problem naming /grounds/0/hoursPerWeek', async () => {
    for (const hours of [0, -1]) {
      const res = await assess(request(hours))
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.json().errors).toContainEqual(
        expect.objectContaining({ pointer: '/grounds/0/hoursPerWeek' }),
      )
    }
  })

  it('T-EMP: the configured minimum decides and is echoed in parameters', async () => {
    const few = await assess(request(8))
    expect(few.statusCode).toBe(200)
    expect(few.json().grounds[0].effect).toBe('supports')
    expect(few.json().parameters).toMatchObject({
      minimumObligingHoursPerWeek: 12,
      reasonableOneWayCommuteMinutes: 90,
    })
    expect((await assess(request(37))).json().grounds[0].effect).toBe('obligates')
  })

  it('T-EMP: GET /v1/rules documents the parameter as an interpretation with the configured value', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/rules?prefix=T-EMP', headers: BOOTSTRAP_AUTH })
    const temp = res.json().data.find((r: { id: string }) => r.id === 'T-EMP')
    expect(temp.parameters).toContainEqual(
      expect.objectContaining({ name: 'minimumObligingHoursPerWeek', value: 12, interpretation: true }),
    )
  })
})
