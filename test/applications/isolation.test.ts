import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'
import { keyHeader, municipalityKeys } from '../helpers/keys.ts'
import { applicationBody } from './fixtures.ts'

/**
 * Tenant isolation for every application endpoint: keys of København (101, receiving), Morsø (773,
 * departure), an unrelated Aarhus (751) and a national read-only key.
 */
let t: TestApp
let receiving: { authorization: string }
let departure: { authorization: string }
let outsider: { authorization: string }
let national: { authorization: string }
let id: string

beforeAll(async () => {
  requireRealPostgres()
  t = await createTestApp()
  const keys = await municipalityKeys(t.app)
  receiving = keys.receiving
  departure = keys.departure
  outsider = keys.outsider
  national = await keyHeader(t.app, 'ast-national', null, ['applications:read'])
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    payload: applicationBody(),
    headers: receiving,
  })
  expect(res.statusCode).toBe(201)
  id = res.json().id
})
afterAll(() => t?.close())

const get = (url: string, headers: object) =>
  t.app.inject({ method: 'GET', url, headers: headers as Record<string, string> })
const post = (url: string, payload: object, headers: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: headers as Record<string, string> })

const WRITES = [
  ['decision', { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' }],
  ['move', { moveDate: '2025-05-01' }],
  ['withdrawal', { withdrawnDate: '2025-03-10' }],
  ['appeal', { lodgedDate: '2025-04-01' }],
  ['appeal/decision', { outcome: 'upheld', decisionDate: '2025-06-01' }],
] as const

describe('tenant isolation', () => {
  it('an outsider municipality gets 404 (not 403) on every read, so existence does not leak', async () => {
    expect((await get(`/v1/takeover-applications/${id}`, outsider)).statusCode).toBe(404)
    expect((await get(`/v1/takeover-applications/${id}/events`, outsider)).statusCode).toBe(404)
    expect((await get('/v1/takeover-applications', outsider)).json().data).toEqual([])
  })

  it.each(WRITES)('an outsider gets 404 on %s', async (path, body) => {
    expect((await post(`/v1/takeover-applications/${id}/${path}`, body, outsider)).statusCode).toBe(404)
  })

  it('the departure municipality reads the application, its events and finds it in lists', async () => {
    expect((await get(`/v1/takeover-applications/${id}`, departure)).statusCode).toBe(200)
    expect((await get(`/v1/takeover-applications/${id}/events`, departure)).statusCode).toBe(200)
    expect(
      (await get('/v1/takeover-applications', departure)).json().data.map((a: { id: string }) => a.id),
    ).toContain(id)
  })

  it.each(WRITES)(
    'the departure municipality may not record %s (403): only the receiving municipality decides',
    async (path, body) => {
      const res = await post(`/v1/takeover-applications/${id}/${path}`, body, departure)
      expect(res.statusCode).toBe(403)
    },
  )

  it('a municipality cannot register an application to another municipality (403)', async () => {
    const res = await post('/v1/takeover-applications', applicationBody({ toMunicipality: '751' }), receiving)
    expect(res.statusCode).toBe(403)
  })

  it('a national key sees everything; a read-only key cannot write (403 naming the scope)', async () => {
    expect((await get(`/v1/takeover-applications/${id}`, national)).statusCode).toBe(200)
    const res = await post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-05-01' }, national)
    expect(res.statusCode).toBe(403)
    expect(res.json().requiredScopes).toEqual(['applications:write'])
  })

  it('the access log is for national administrators only', async () => {
    expect((await get(`/v1/access-log?applicationId=${id}`, receiving)).statusCode).toBe(403)
    const log = await get(`/v1/access-log?applicationId=${id}`, BOOTSTRAP_AUTH)
    expect(log.statusCode).toBe(200)
    const actors = log.json().data.map((e: { actor: string }) => e.actor)
    expect(actors).toEqual(expect.arrayContaining(['morsoe-erp', 'ast-national']))
    expect(actors).not.toContain('aarhus-erp')
  })

  it('T-SPOUSE-BOTH resolves a linked application only when the caller may see it', async () => {
    const spouse = {
      fromMunicipality: '773',
      toMunicipality: '101',
      grounds: [{ type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: id }],
    }
    const seen = (await post('/v1/takeover-assessments', spouse, receiving)).json()
    expect(seen.grounds[0]).toMatchObject({ ruleId: 'T-SPOUSE-BOTH', effect: 'obligates' })
    const hidden = (await post('/v1/takeover-assessments', spouse, outsider)).json()
    expect(hidden.grounds[0].effect).toBe('needs_information')
  })
})
