import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_APPLICATION_EXAMPLE } from '../../src/applications/request-schemas.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

/** Error texts are for the person reading them: what is allowed, in sentences, one title per type. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const STATISTICS = '/v1/statistics/takeover-applications'
const problem = async (url: string, init: { method?: 'POST'; payload?: object; headers?: object } = {}) => {
  const res = await t.app.inject({ url, ...init, headers: { ...BOOTSTRAP_AUTH, ...init.headers } })
  expect(res.statusCode, res.body).toBe(400)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  return res.json() as {
    title: string
    type: string
    detail: string
    errors: { pointer: string; message: string }[]
  }
}
const messageAt = async (url: string, pointer: string, init?: Parameters<typeof problem>[1]) =>
  (await problem(url, init)).errors.find((e) => e.pointer === pointer)?.message

describe('validation messages', () => {
  it('an unknown dimension names the allowed ones, not a regular expression', async () => {
    const message = await messageAt(`${STATISTICS}?groupBy=period,x`, '/groupBy')
    expect(message).toBe(
      "unknown dimension 'x'; allowed: period, toMunicipality, fromMunicipality, groundType, outcome, assessmentOutcome, category",
    )
  })

  it('an enum violation lists what is allowed', async () => {
    expect(await messageAt(`${STATISTICS}?interval=decade`, '/interval')).toBe(
      'must be one of: year, quarter, month',
    )
  })

  it('a filter that takes only true says so for false, once', async () => {
    const { errors } = await problem(`${STATISTICS}?lgbtqRelated=false`)
    expect(errors).toEqual([
      { pointer: '/lgbtqRelated', message: 'must be true, the only value accepted here', in: 'querystring' },
    ])
    expect(await messageAt(`${STATISTICS}?lgbtqRelated=ja`, '/lgbtqRelated')).toBe('must be true or false')
  })

  it('a pattern violation says what the value must look like', async () => {
    expect(await messageAt(`${STATISTICS}?toMunicipality=1234`, '/toMunicipality')).toBe(
      'must be a municipality code of 3 digits, such as 101 (0101 is read as 101)',
    )
    expect(
      await messageAt('/v1/takeover-applications', '/x-civilregistrationidentifier', {
        headers: { 'x-civilregistrationidentifier': '12345' },
      }),
    ).toBe('must be a CPR number of 10 digits written DDMMYY-SSSS (the hyphen is optional)')
  })

  it('a CPR number that is not a date is told in a full sentence', async () => {
    const body = {
      ...CREATE_APPLICATION_EXAMPLE,
      applicant: { ...CREATE_APPLICATION_EXAMPLE.applicant, cpr: '320190-1234' },
    }
    expect(
      await messageAt('/v1/takeover-applications', '/applicant/cpr', { method: 'POST', payload: body }),
    ).toBe(
      'The first six digits of the CPR number must be a date (DDMMYY), but day 32 of month 01 in 1990 does not exist.',
    )
    expect(
      await messageAt('/v1/takeover-applications', '/x-civilregistrationIdentifier', {
        headers: { 'x-civilregistrationidentifier': '310290-1234' },
      }),
    ).toMatch(/^The first six digits of the CPR number must be a date .* does not exist\.$/)
  })

  it('one title per problem type: every validation problem is "Invalid request"', async () => {
    const titles = new Set<string>()
    const body = {
      ...CREATE_APPLICATION_EXAMPLE,
      applicant: { ...CREATE_APPLICATION_EXAMPLE.applicant, cpr: '320190-1234' },
    }
    for (const p of [
      await problem(`${STATISTICS}?groupBy=x`), // the handler's own check
      await problem(`${STATISTICS}?interval=decade`), // the schema
      await problem('/v1/takeover-applications', { method: 'POST', payload: body }), // a rule on the input
      await problem('/v1/access-log'), // InvalidInput 400
    ]) {
      expect(p.type).toBe('urn:ansvar:problem:validation')
      titles.add(p.title)
    }
    expect([...titles]).toEqual(['Invalid request'])
  })
})
