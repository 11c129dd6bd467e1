import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validationErrorsToFields } from '../../src/http/validation-errors.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({}, (app) => {
    const Ground = Type.Union([
      Type.Object(
        { type: Type.Literal('employment'), hoursPerWeek: Type.Optional(Type.Number()) },
        { additionalProperties: false },
      ),
      Type.Object(
        { type: Type.Literal('spouse'), spouseCoveredByProgramme: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
    ])
    app.post(
      '/test/echo',
      {
        schema: {
          body: Type.Object(
            { name: Type.String(), date: Type.String({ format: 'date' }), grounds: Type.Array(Ground) },
            { additionalProperties: false },
          ),
          querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }),
        },
      },
      async (request) => ({ body: request.body, query: request.query }),
    )
    app.get('/test/boom', async () => {
      throw new Error('secret internal detail: password=hunter2')
    })
  })
})
afterAll(() => t.close())

const post = (payload: unknown, url = '/test/echo') =>
  t.app.inject({ method: 'POST', url, payload: payload as object })

describe('problem+json errors (RFC 9457)', () => {
  it('rejects an unknown field with a 400 naming it by JSON pointer, not stripping it', async () => {
    const res = await post({ name: 'a', date: '2025-01-01', grounds: [], surprise: 1 })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors).toContainEqual({ pointer: '/surprise', message: 'is not a known field' })
  })

  it('names each invalid field: missing, wrongly typed, impossible dates such as 2025-02-30', async () => {
    const res = await post({ date: '2025-02-30', grounds: [{ type: 'employment', hoursPerWeek: 'twenty' }] })
    expect(res.statusCode).toBe(400)
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer)
    expect(pointers).toEqual(expect.arrayContaining(['/name', '/date', '/grounds/0/hoursPerWeek']))
  })

  it('reports only the matching branch of a discriminated union, and the allowed types for an unknown one', async () => {
    const res = await post({
      name: 'a',
      date: '2025-01-01',
      grounds: [{ type: 'spouse', hoursPerWeek: 3 }, { type: 'nope' }],
    })
    const errors = res.json().errors
    expect(errors).toContainEqual({ pointer: '/grounds/0/hoursPerWeek', message: 'is not a known field' })
    expect(errors).toContainEqual({
      pointer: '/grounds/1/type',
      message: 'must be one of: employment, spouse',
    })
    expect(errors).toHaveLength(2)
  })

  it('coerces and validates the query string, naming the parameter', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/test/echo?limit=5',
      payload: { name: 'a', date: '2025-01-01', grounds: [] },
    })
    expect(ok.json().query).toEqual({ limit: 5 })
    const bad = await t.app.inject({
      method: 'POST',
      url: '/test/echo?limit=0',
      payload: { name: 'a', date: '2025-01-01', grounds: [] },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/limit', in: 'querystring' })
  })

  it('answers malformed JSON with 400 and a wrong content type with 415, both problems', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/)
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    })
    expect(wrongType.statusCode).toBe(415)
    expect(wrongType.json().status).toBe(415)
  })

  it('names a member that could poison a prototype (valid JSON, refused) as a validation error', async () => {
    for (const [payload, pointer] of [
      [
        '{"name":"x","grounds":[{"type":"employment","__proto__":{"polluted":true}}]}',
        '/grounds/0/__proto__',
      ],
      ['{"name":"x","a/b":{"constructor":{"prototype":{}}}}', '/a~1b/constructor'],
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/test/echo',
        headers: { 'content-type': 'application/json' },
        payload,
      })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({
        type: 'urn:ansvar:problem:validation',
        errors: [{ pointer, in: 'body' }],
      })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers an oversized body with 413', async () => {
    const res = await post({ name: 'x'.repeat(300_000), date: '2025-01-01', grounds: [] })
    expect(res.statusCode).toBe(413)
  })

  it('never leaks the details of a 5xx', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/test/boom' })
    expect(res.statusCode).toBe(500)
    expect(res.body).not.toContain('hunter2')
    expect(res.json()).toMatchObject({ status: 500, detail: 'An unexpected error occurred.' })
  })
})

describe('validationErrorsToFields', () => {
  it('escapes JSON pointer segments (RFC 6901)', () => {
    const fields = validationErrorsToFields(
      [
        {
          keyword: 'additionalProperties',
          instancePath: '',
          schemaPath: '#',
          params: { additionalProperties: ['a/b~c'] },
        },
      ],
      'body',
    )
    expect(fields).toEqual([{ pointer: '/a~1b~0c', message: 'is not a known field' }])
  })
})
