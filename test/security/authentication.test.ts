import type { FastifyInstance } from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestApp,
  createTestDatabase,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
  type TestApp,
} from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { startProxy } from '../helpers/proxy.ts'

/** Issue 13, items 4, 8 and 12: the attacks on authentication, replayed. */
const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestApp(env)
  cleanups.push(() => t.close())
  return t
}
const wrongKey = (i: number) => ({
  authorization: `Bearer ansvar_00000000_wrong-key-number-${i}-xxxxxxxxxxxx`,
})

describe('authentication under attack (issue 13)', () => {
  it('item 12: the Bearer scheme is case-insensitive (RFC 9110 § 11.1)', async () => {
    const t = await app()
    for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/v1/municipalities',
        headers: { authorization: `${scheme} ${TEST_BOOTSTRAP_KEY}` },
      })
      expect(res.statusCode, scheme).toBe(200)
    }
    const basic = await t.app.inject({
      method: 'GET',
      url: '/v1/municipalities',
      headers: { authorization: `Basic ${TEST_BOOTSTRAP_KEY}` },
    })
    expect(basic.statusCode).toBe(401)
  })

  it('item 4: failed authentications are limited per client address (429 with Retry-After), before the key is looked up; other addresses and the limit window are unaffected', async () => {
    const t = await app({ AUTH_FAILURES_PER_MINUTE: '20' })
    const attacker = '203.0.113.7'
    const statuses: number[] = []
    for (let i = 0; i < 200; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/v1/municipalities',
        headers: wrongKey(i),
        remoteAddress: attacker,
      })
      statuses.push(res.statusCode)
      if (res.statusCode === 429) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60)
        expect(res.json()).toMatchObject({
          status: 429,
          type: 'urn:ansvar:problem:authentication-rate-limited',
        })
      }
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20)
    expect(statuses.filter((s) => s === 429)).toHaveLength(180)
    // even the right key is refused from that address until the window ends: the check comes first
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/v1/municipalities',
      headers: BOOTSTRAP_AUTH,
      remoteAddress: attacker,
    })
    expect(blocked.statusCode).toBe(429)
    const other = await t.app.inject({
      method: 'GET',
      url: '/v1/municipalities',
      headers: BOOTSTRAP_AUTH,
      remoteAddress: '198.51.100.9',
    })
    expect(other.statusCode).toBe(200)
    // public routes need no key and are not affected
    const live = await t.app.inject({ method: 'GET', url: '/health/live', remoteAddress: attacker })
    expect(live.statusCode).toBe(200)
  })

  it('item 4: an unknown key costs no database round trip (refused with the database unreachable), a new key works at once, a revoked one stops', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    if (database.settings.kind !== 'postgres') throw new Error('unreachable')
    const direct = new URL(database.settings.url)
    const proxy = await startProxy(direct)
    cleanups.push(() => proxy.close())
    const viaProxy = new URL(direct)
    viaProxy.hostname = '127.0.0.1'
    viaProxy.port = String(proxy.port)
    const served: FastifyInstance = await buildCheckedApp({
      ...loadConfig({
        AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
        LOG_LEVEL: 'silent',
        AUTH_FAILURES_PER_MINUTE: '100000',
        STATS_REFRESH_INTERVAL_MS: '0',
      }),
      database: { kind: 'postgres', url: viaProxy.toString(), poolMax: 5 },
    })
    cleanups.push(() => served.close())
    await served.ready()
    const fresh = await keyHeader(served, 'fresh', '101')
    // created a moment ago, and accepted at once (the index is told of the change)
    expect(
      (await served.inject({ method: 'GET', url: '/v1/municipalities', headers: fresh })).statusCode,
    ).toBe(200)
    const unused = await keyHeader(served, 'not-yet-used', '101')
    await served.activeKeys.reload()

    proxy.cut()
    const statuses = new Set<number>()
    for (let i = 0; i < 300; i++) {
      const res = await served.inject({ method: 'GET', url: '/v1/municipalities', headers: wrongKey(i) })
      statuses.add(res.statusCode)
    }
    // 300 unknown keys, all refused without the database: it is unreachable, and none was a 503
    expect([...statuses]).toEqual([401])
    // a real key that is not cached needs the database: 503, so the 401s above did not touch it
    const known = await served.inject({
      method: 'GET',
      url: '/v1/takeover-applications/00000000-0000-4000-8000-000000000000',
      headers: unused,
    })
    expect(known.statusCode).toBe(503)
    await proxy.restore()
  })

  it('item 8: 401, 403 and 429 answers carry the security headers; /v1 answers are not stored by caches', async () => {
    const t = await app({ AUTH_FAILURES_PER_MINUTE: '1' })
    const ok = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    const statsOnly = await keyHeader(t.app, 'stats-only', '101', ['statistics:read'])
    const forbidden = await t.app.inject({
      method: 'GET',
      url: '/v1/takeover-applications',
      headers: statsOnly,
    })
    expect(forbidden.statusCode).toBe(403)
    const unauthorized = await t.app.inject({ method: 'GET', url: '/v1/takeover-applications' })
    expect(unauthorized.statusCode).toBe(401)
    const limited = await t.app.inject({ method: 'GET', url: '/v1/takeover-applications' })
    expect(limited.statusCode).toBe(429)
    for (const res of [ok, forbidden, unauthorized, limited]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['content-security-policy']).toBe(ok.headers['content-security-policy'])
      expect(res.headers['strict-transport-security']).toMatch(/max-age/)
      expect(res.headers['x-frame-options']).toBeDefined()
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers['x-request-id']).toBeDefined()
    }
    const created = await t.app.inject({
      method: 'GET',
      url: '/v1/takeover-applications',
      headers: BOOTSTRAP_AUTH,
    })
    expect(created.headers['cache-control']).toBe('no-store')
  })
})
