import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { ConformanceChecker, loadDocument, type RecordedResponse } from '../helpers/conformance.ts'

const document = loadDocument()
const checker = new ConformanceChecker(document)
const json = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r1' }
const rateLimit = { 'ratelimit-limit': '600', 'ratelimit-remaining': '599', 'ratelimit-reset': '60' }
const municipalities = (overrides: Partial<RecordedResponse>): RecordedResponse => ({
  method: 'GET',
  route: '/v1/municipalities',
  status: 200,
  headers: { ...json, ...rateLimit },
  body: JSON.stringify({ data: [{ code: '101', name: 'København', region: 'Region Hovedstaden' }] }),
  ...overrides,
})

describe('the conformance checker (every response of the suite goes through it)', () => {
  it('accepts a response the document declares', () => {
    expect(checker.check(municipalities({}))).toEqual([])
  })

  it('rejects a status the operation does not declare', () => {
    expect(checker.check(municipalities({ status: 418 }))).toEqual([
      expect.stringContaining('status 418 is not declared'),
    ])
  })

  it('rejects a media type the status does not declare (a problem sent as application/json)', () => {
    const problem = { type: 'urn:ansvar:problem:not-found', title: 'Not found', status: 404 }
    const violations = checker.check({
      method: 'GET',
      route: '/v1/takeover-applications/:id',
      status: 404,
      headers: { ...json, ...rateLimit },
      body: JSON.stringify(problem),
    })
    expect(violations).toEqual([expect.stringContaining('media type "application/json" is not declared')])
  })

  it('rejects a body that violates the schema', () => {
    const violations = checker.check(municipalities({ body: JSON.stringify({ data: [{ code: 101 }] }) }))
    expect(violations.join('\n')).toMatch(/body\/data\/0\/code must be string/)
    expect(violations.join('\n')).toMatch(/must have required property 'name'/)
  })

  it('rejects a route the document does not have, a missing declared header and an undeclared one', () => {
    expect(checker.check(municipalities({ route: '/v1/secret' }))).toEqual([
      expect.stringContaining('the document has no operation GET /v1/secret'),
    ])
    const { 'ratelimit-limit': _limit, ...withoutLimit } = municipalities({}).headers
    expect(checker.check(municipalities({ headers: { ...withoutLimit, etag: '"v1"' } }))).toEqual([
      expect.stringContaining('the declared header RateLimit-Limit is missing'),
      expect.stringContaining('the header etag is sent but not declared'),
    ])
  })

  it('rejects two titles for one problem type', () => {
    const own = new ConformanceChecker(document)
    const problem = (title: string) => ({
      method: 'GET',
      route: undefined,
      status: 404,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
      body: JSON.stringify({ type: 'urn:ansvar:problem:not-found', title, status: 404 }),
    })
    expect(own.check(problem('Not found'))).toEqual([])
    expect(own.check(problem('Missing'))).toEqual([expect.stringContaining('titled "Missing"')])
  })
})

describe('the checker attached to every test app', () => {
  let t: TestApp
  beforeAll(async () => {
    // A fault injected into a real route: /health/live answers a status its operation does not declare.
    t = await createTestApp({}, (app) => {
      app.addHook('onSend', async (request, reply, payload) => {
        if (request.url === '/health/live?teapot=1') reply.code(418)
        return payload
      })
    })
  })
  afterAll(() => t.close())

  it('fails the request that does not conform, at once', async () => {
    await expect(t.app.inject({ method: 'GET', url: '/health/live?teapot=1' })).rejects.toThrow(
      /GET \/health\/live → 418: status 418 is not declared/,
    )
  })

  it('lets a conforming one through', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: BOOTSTRAP_AUTH })
    expect(response.statusCode).toBe(200)
  })
})

describe('the document', () => {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as never })),
  )
  type Media = { schema?: { $ref?: string; type?: string } }
  type Operation = {
    requestBody?: { content: Record<string, Media> }
    responses: Record<string, { content?: Record<string, Media> }>
    security?: unknown[]
    parameters?: { in: string; name: string }[]
  }

  it('names every request and response body (a $ref to components.schemas)', () => {
    const inline: string[] = []
    for (const { path, method, operation } of operations) {
      const { requestBody, responses } = operation as Operation
      for (const [type, media] of Object.entries(requestBody?.content ?? {}))
        if (!media.schema?.$ref) inline.push(`${method} ${path} request ${type}`)
      for (const [status, response] of Object.entries(responses))
        for (const [type, media] of Object.entries(response.content ?? {}))
          if (!media.schema?.$ref && type.includes('json')) inline.push(`${method} ${path} ${status} ${type}`)
    }
    expect(inline).toEqual([])
  })

  it('declares every error as application/problem+json, and leaves no schema empty', () => {
    for (const { operation } of operations)
      for (const [status, response] of Object.entries((operation as Operation).responses))
        if (Number(status) >= 400)
          expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json'])
    expect(JSON.stringify(document)).not.toMatch(/"(items|schema|additionalProperties)":\{\}/)
  })

  it('makes the health probes public (security: []) and offers the CPR header only where it is read', () => {
    expect((document.paths['/health/ready']!.get as Operation).security).toEqual([])
    const withCpr = operations
      .filter(({ operation }) =>
        (operation as Operation).parameters?.some((p) => p.name === 'x-civilregistrationIdentifier'),
      )
      .map(({ method, path }) => `${method} ${path}`)
    expect(withCpr.sort()).toEqual(['get /v1/access-log', 'get /v1/takeover-applications'])
  })
})
