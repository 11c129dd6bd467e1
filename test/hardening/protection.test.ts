import { getHeapStatistics } from 'node:v8'
import { afterAll, describe, expect, it } from 'vitest'
import { sheddingHeapBytes } from '../../src/http/protection.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'

const apps: TestApp[] = []
afterAll(async () => {
  for (const t of apps) await t.close()
})
async function app(env: Record<string, string> = {}) {
  const t = await createTestApp(env)
  apps.push(t)
  return t
}

describe('abuse and overload protection (OWASP API4:2023)', () => {
  it('limits requests per API key with the IETF RateLimit headers and a 429 problem; other keys are unaffected', async () => {
    const t = await app({ RATE_LIMIT_PER_MINUTE: '5' })
    const noisy = await keyHeader(t.app, 'noisy', '101')
    const quiet = await keyHeader(t.app, 'quiet', '101')
    const call = (headers: object) =>
      t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: headers as Record<string, string> })
    const first = await call(noisy)
    expect(first.headers['ratelimit-limit']).toBe('5')
    expect(first.headers['ratelimit-remaining']).toBe('4')
    for (let i = 0; i < 4; i++) await call(noisy)
    const limited = await call(noisy)
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(limited.headers['retry-after']).toBeDefined()
    expect(limited.json()).toMatchObject({ status: 429, type: 'urn:ansvar:problem:rate-limited' })
    expect((await call(quiet)).statusCode).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200)
  })

  it('sends security headers on API responses and a restrictive CSP', async () => {
    const t = await app()
    const res = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['strict-transport-security']).toMatch(/max-age/)
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(res.headers['x-powered-by']).toBeUndefined()
    // problems too: the headers are set before routing, once per request, from a set worked out at start
    const missing = await t.app.inject({ method: 'GET', url: '/v1/nothing-here', headers: BOOTSTRAP_AUTH })
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['x-content-type-options']).toBe('nosniff')
    expect(missing.headers['content-security-policy']).toBe(res.headers['content-security-policy'])
  })

  it('sheds load with a 503 problem and Retry-After when the heap is over its limit, while /health/live stays 200', async () => {
    const t = await app({ MAX_HEAP_USED_MB: '64' })
    // ~150 MB of objects on the V8 heap (typed arrays would live outside it)
    const ballast = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 100_000 }, (_, j) => ({ i, j, s: `${i}-${j}` })),
    )
    await new Promise((resolve) => setTimeout(resolve, 1_500)) // under-pressure samples once a second
    const res = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(ballast.length).toBe(40)
    expect(res.statusCode).toBe(503)
    expect(res.headers['retry-after']).toBe('5')
    expect(res.json()).toMatchObject({ status: 503, type: 'urn:ansvar:problem:overloaded' })
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200)
  })
  it('sheds before the heap limit: at MAX_HEAP_USED_MB, or at 90 % of the limit (--max-old-space-size) when that is lower', () => {
    const limit = getHeapStatistics().heap_size_limit
    expect(sheddingHeapBytes(64)).toBe(64 * 1024 * 1024)
    expect(sheddingHeapBytes(Math.ceil(limit / 1024 / 1024))).toBe(Math.floor(limit * 0.9))
  })

  it('never sheds on event-loop lag with MAX_EVENT_LOOP_DELAY_MS=0 (off), even after a stall of more than a sample interval', async () => {
    const off = await app({ MAX_EVENT_LOOP_DELAY_MS: '0' })
    await new Promise((resolve) => setTimeout(resolve, 1_100)) // under-pressure has sampled once
    const until = Date.now() + 1_500
    while (Date.now() < until) {} // a synchronous stall: no sample in the interval reads as an infinite lag
    await new Promise((resolve) => setTimeout(resolve, 50)) // the overdue sample runs
    const res = await off.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(res.statusCode).toBe(200)
  })
})
