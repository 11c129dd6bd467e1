import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('HTTP foundation', () => {
  it('serves the 98 municipalities to a valid key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.data).toHaveLength(98)
    expect(body.data[0]).toEqual({ code: '101', name: 'København', region: 'Region Hovedstaden' })
  })

  it('answers 401 problem+json without a key and with an unknown key', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer not-a-real-key-000000000000' },
      { authorization: 'Basic abc' },
    ]) {
      const res = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers })
      expect(res.statusCode).toBe(401)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/)
      expect(res.json()).toMatchObject({
        status: 401,
        title: expect.any(String),
        type: expect.stringMatching(/^urn:/),
      })
    }
  })

  it('answers unknown routes with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({ status: 404, instance: '/v1/nothing-here' })
  })

  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const good = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'erp-42.a:b' },
    })
    expect(good.headers['x-request-id']).toBe('erp-42.a:b')
    const bad = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'x'.repeat(200) },
    })
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('serves Swagger UI at /docs and the OpenAPI 3.1 document with the bearer scheme', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()
    expect(spec.openapi).toBe('3.1.0')
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(spec.paths['/v1/municipalities'].get.security).toEqual([{ bearerAuth: [] }])
    expect(spec.paths['/v1/municipalities'].get.responses['401']).toBeDefined()
  })

  it('never logs the Authorization header', async () => {
    await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(JSON.stringify(t.logs)).not.toContain(BOOTSTRAP_AUTH.authorization.slice(7))
  })

  it('redacts a CPR number that a client put in a URL from the logs', async () => {
    await t.app.inject({ method: 'GET', url: '/v1/nothing?cpr=0101901234&x=010190-1234' })
    const text = JSON.stringify(t.logs)
    expect(text).not.toContain('0101901234')
    expect(text).not.toContain('010190-1234')
    expect(text).toContain('[REDACTED]')
  })
})
