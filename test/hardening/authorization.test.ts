import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCOPES, type Scope } from '../../src/apikeys/scopes.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'

/**
 * Function-level authorization (OWASP API5:2023) for every route that needs a key, found from the app
 * itself so that a new route is covered without editing this test: no key and a revoked-looking key
 * are 401; a key holding every scope but the route's is 403; the route's scope gets past authorization.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000', AUTH_FAILURES_PER_MINUTE: '100000' })
})
afterAll(() => t.close())

const concrete = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000')

describe('authorization of every secured route', () => {
  it('the app has secured routes, and every /v1 route is one of them', () => {
    const secured = new Set(t.app.securedRoutes.map((r) => `${r.method} ${r.url}`))
    expect(t.app.securedRoutes.length).toBeGreaterThan(10)
    for (const route of t.app.securedRoutes) expect(route.url.startsWith('/v1/')).toBe(true)
    expect(secured.has('POST /v1/takeover-applications')).toBe(true)
  })

  it('every secured route answers 401 problem+json without a key and with an unknown one', async () => {
    for (const route of t.app.securedRoutes) {
      for (const headers of [
        {},
        { authorization: 'Bearer ansvar_00000000_notarealkeynotarealkeynotarealkeynotareal' },
      ]) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers,
          payload: route.method === 'GET' ? undefined : {},
        })
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401)
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      }
    }
  })

  it('every route with a scope answers 403 to a key holding all the other scopes', async () => {
    for (const route of t.app.securedRoutes.filter((r) => r.scopes.length > 0)) {
      const others = SCOPES.filter((s) => !route.scopes.includes(s)) as Scope[]
      const headers = await keyHeader(t.app, `without-${route.method}-${route.url}`, null, others)
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers,
        payload: route.method === 'GET' ? undefined : {},
      })
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403)
      expect(res.json().requiredScopes).toEqual(route.scopes)
    }
  })

  it("with exactly the route's scope, authorization passes (the answer is about the request, not the key)", async () => {
    for (const route of t.app.securedRoutes) {
      const headers = await keyHeader(
        t.app,
        `with-${route.method}-${route.url}`,
        null,
        route.scopes.length ? route.scopes : ['applications:read'],
      )
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers,
        payload: route.method === 'GET' ? undefined : {},
      })
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode)
      expect(res.statusCode).toBeLessThan(500)
    }
  })
})
