/**
 * Issue 8, item 1: targeted bad input against every operation of GET /openapi.json — oversized bodies,
 * deep nesting, wrong content types, malformed JSON, invalid UTF-8, huge and fractional numbers,
 * impossible and extreme dates, very long strings, null and arrays where objects belong, duplicate keys,
 * prototype-pollution keys, URL abuse and header abuse (request ids, CPR numbers, Authorization schemes,
 * If-Match, Idempotency-Key). Every answer goes through `checkExchange` (no 5xx, no hang, problem+json
 * for every 4xx, the watched tables unchanged by row count, xmin and md5 after a rejected request, no
 * CPR number from the request in the response body or the logs). Deterministic: the field lists come
 * from a fixed-seed sample of each schema.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { applicationBody, registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp } from '../helpers/app.ts'
import {
  acceptedBySchema,
  BAD_DATES,
  checkExchange,
  type Exchange,
  type FieldSite,
  FUZZ_ENV,
  type FuzzRequest,
  fieldSites,
  loadOperations,
  type Operation,
  type Path,
  pointerOf,
  REFERENCE_HINTS,
  send,
  setAt,
  withOwnProperty,
} from './fuzz-helpers.ts'

const t = await createTestApp(FUZZ_ENV)
afterAll(() => t.close())
const operations = await loadOperations(t.app)
const bodyOperations = operations.filter((op) => op.body)
const BODY_LIMIT = t.app.config.bodyLimitBytes
const CPR = '010190-1234'
const CPR_DIGITS = '0101901234'

// ---------------------------------------------------------------------------------------------------
// Applications to aim at: each state a lifecycle operation can start from.

const created = (overrides: Record<string, unknown> = {}) => registered(t.app, overrides)
const recorded = (id: string, path: string, payload: object) => stepped(t.app, id, path, payload)
const refusal = { outcome: 'refused', decisionDate: '2025-03-20', justification: 'Ikke forpligtet.' }

/** A fresh application in a state from which `op` can succeed (so that valid extremes reach the logic). */
let targets = 0
async function applicationFor(op: Operation): Promise<string> {
  targets++
  const id = await created({ externalReference: `TARGET-${op.path.split('/').at(-1)}-${targets}` })
  if (op.method !== 'POST') return id
  if (op.path.endsWith('/move')) {
    return recorded(id, '/decision', {
      outcome: 'approved',
      decisionDate: '2025-03-20',
      legalBasis: 'obligated',
    })
  }
  if (op.path.endsWith('/appeal') || op.path.endsWith('/benefit-reductions')) {
    return recorded(id, '/decision', refusal)
  }
  if (op.path.endsWith('/appeal/decision')) {
    await recorded(id, '/decision', refusal)
    return recorded(id, '/appeal', { lodgedDate: '2025-04-01' })
  }
  return id
}
const anyApplication = await created({ externalReference: 'TARGET-any' })

// ---------------------------------------------------------------------------------------------------
// Requests

/** Known-good bodies; an operation added later gets a sampled valid body instead. */
const KNOWN_BODIES: Record<string, unknown> = {
  'POST /v1/takeover-applications': applicationBody({ externalReference: 'TARGET-body' }),
  'POST /v1/takeover-assessments': {
    fromMunicipality: '773',
    toMunicipality: '101',
    grounds: [{ type: 'loneliness' }],
  },
  'POST /v1/handover-dates': { category: 'refugee', visitationDecisionDate: '2025-01-15' },
  'POST /v1/benefit-reduction-assessments': { proposedReductionPercent: 25, groundTypes: ['loneliness'] },
  'POST /v1/takeover-applications/{id}/decision': refusal,
  'POST /v1/takeover-applications/{id}/move': { moveDate: '2025-05-01' },
  'POST /v1/takeover-applications/{id}/withdrawal': { withdrawnDate: '2025-03-10', reason: 'Flytter ikke.' },
  'POST /v1/takeover-applications/{id}/appeal': { lodgedDate: '2025-04-01' },
  'POST /v1/takeover-applications/{id}/appeal/decision': { outcome: 'upheld', decisionDate: '2025-06-01' },
  'POST /v1/takeover-applications/{id}/benefit-reductions': {
    decidedReductionPercent: 25,
    effectiveDate: '2025-04-01',
    justification: 'Begrundelse.',
  },
}

const sitesCache = new Map<Operation, FieldSite[]>()
/** Every field of the body schema, on the known-good body where it has that field, else on a sample. */
function sitesOf(op: Operation): FieldSite[] {
  if (!sitesCache.has(op)) {
    const known = KNOWN_BODIES[op.name]
    const usable = known !== undefined && acceptedBySchema(op.body!, known, 'body')
    const sites = fieldSites(op.body!, REFERENCE_HINTS).map((site) => {
      const present = site.path.reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
        known,
      )
      return usable && present !== undefined ? { ...site, base: known, value: present } : site
    })
    sitesCache.set(op, sites)
  }
  return sitesCache.get(op)!
}

function baseBody(op: Operation): unknown {
  const known = KNOWN_BODIES[op.name]
  if (known !== undefined && acceptedBySchema(op.body!, known, 'body')) return known
  return sitesOf(op)[0]!.base
}

function urlOf(op: Operation, id = anyApplication, query = ''): string {
  return `${op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id))}${query ? `?${query}` : ''}`
}

let references = 0
/**
 * externalReference is unique per receiving municipality (issue 13, item 11): each create built from the
 * known body gets a reference of its own, so that a fuzz case meets the check it is about, not a 409.
 */
function ownReference(op: Operation, body: unknown): unknown {
  if (op.name !== 'POST /v1/takeover-applications' || !body || typeof body !== 'object') return body
  const { externalReference } = body as { externalReference?: unknown }
  if (externalReference !== 'TARGET-body') return body
  references++
  return { ...body, externalReference: `TARGET-body-${references}` }
}

function requestTo(
  op: Operation,
  options: {
    id?: string
    query?: string
    headers?: Record<string, string>
    /** A value to send as JSON, or raw text/bytes. */
    body?: unknown
    payload?: string | Buffer
    contentType?: string | null
  } = {},
): FuzzRequest {
  const headers: Record<string, string> = { ...BOOTSTRAP_AUTH, ...options.headers }
  let payload = options.payload
  if (payload === undefined && op.body)
    payload = JSON.stringify(ownReference(op, options.body === undefined ? baseBody(op) : options.body))
  if (payload !== undefined) {
    const type = options.contentType === undefined ? 'application/json' : options.contentType
    if (type !== null) headers['content-type'] = type
  }
  return {
    method: op.method,
    url: urlOf(op, options.id, options.query),
    headers,
    ...(payload === undefined ? {} : { payload }),
  }
}

/**
 * Sends, checks the invariants and the status. Around a rejected request the watched tables are compared
 * by row count and xmin sum (any write shows), with `content` also by an md5 of every row.
 */
async function expectStatus(
  request: FuzzRequest,
  statuses: number[],
  state: 'xmin' | 'content' = 'xmin',
): Promise<Exchange> {
  const exchange = await checkExchange(t.app, t.logs, request, { state })
  expect(
    statuses,
    `${request.method} ${request.url.slice(0, 200)} → ${exchange.res.statusCode} ${exchange.res.body.slice(0, 600)}`,
  ).toContain(exchange.res.statusCode)
  return exchange
}

/** A schema-validation 400 that names `pointer` among its errors. */
async function expectFieldError(request: FuzzRequest, pointer: string): Promise<Exchange> {
  const exchange = await expectStatus(request, [400])
  const pointers = exchange.problem?.errors?.map((e) => e.pointer) ?? []
  expect(
    pointers,
    `${request.url} ${String(request.payload).slice(0, 300)} → ${exchange.res.body.slice(0, 600)}`,
  ).toContain(pointer)
  return exchange
}

function timed<T>(work: () => Promise<T>, limitMs: number, what: string): Promise<T> {
  const started = performance.now()
  return work().then((result) => {
    expect(performance.now() - started, `${what} took too long`).toBeLessThan(limitMs)
    return result
  })
}

const sitesWhere = (op: Operation, predicate: (site: FieldSite) => boolean) => sitesOf(op).filter(predicate)
const isDate = (site: FieldSite) => site.schema.type === 'string' && site.schema.format === 'date'
const isNumber = (site: FieldSite) => site.schema.type === 'integer' || site.schema.type === 'number'
const isObject = (site: FieldSite) => site.schema.type === 'object'
const isString = (site: FieldSite) => site.schema.type === 'string' && !site.schema.enum
const isFreeText = (site: FieldSite) =>
  isString(site) && !site.schema.pattern && !site.schema.format && (site.schema.maxLength ?? 100) >= 20

// ---------------------------------------------------------------------------------------------------

describe('body size, nesting, content types and malformed JSON (every operation with a body)', () => {
  for (const op of bodyOperations) {
    describe(op.name, () => {
      it(`a body over BODY_LIMIT_BYTES (${BODY_LIMIT}) is a 413 problem; one exactly at the limit is not`, async () => {
        const over = `{"x":"${'a'.repeat(BODY_LIMIT)}"}`
        const problem = (await expectStatus(requestTo(op, { payload: over }), [413], 'content')).problem!
        expect(problem.type).toBe('urn:ansvar:problem:payload-too-large')
        const exact = `{"x":"${'a'.repeat(BODY_LIMIT - 8)}"}`
        expect(Buffer.byteLength(exact)).toBe(BODY_LIMIT)
        await expectStatus(requestTo(op, { payload: exact }), [400])
        // multi-byte characters count as bytes, not characters
        await expectStatus(requestTo(op, { payload: `{"x":"${'ø'.repeat(BODY_LIMIT / 2)}"}` }), [413])
      })

      it('10,000 nested arrays or objects in a field, and 100,000 as the whole body: 400, quickly', async () => {
        const base = baseBody(op) as Record<string, unknown>
        const field = Object.keys(base)[0]!
        const text = JSON.stringify(base)
        for (const nested of [
          `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
          `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
        ]) {
          // A duplicate key: the nested value is the one that counts (the last).
          const payload = `{${text.slice(1, -1)},"${field}":${nested}}`
          await timed(() => expectStatus(requestTo(op, { payload }), [400]), 5_000, 'deep nesting')
        }
        await timed(
          () =>
            expectStatus(requestTo(op, { payload: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }), [400]),
          5_000,
          'deep root',
        )
        // `constructor` makes secure-json-parse walk the whole parsed value
        await timed(
          () =>
            expectStatus(
              requestTo(op, { payload: `{"constructor":1,"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}` }),
              [400],
            ),
          5_000,
          'deep nesting with constructor',
        )
      })

      it('wrong content types are 415 problems; a body without a content type too', async () => {
        const body = JSON.stringify(baseBody(op))
        for (const type of [
          'text/plain',
          'text/plain; charset=utf-8',
          'application/xml',
          'text/xml',
          'multipart/form-data; boundary=fuzz',
          'application/x-www-form-urlencoded',
          'application/octet-stream',
          'application/jsonx',
          'application/json-seq',
          'application/json, text/plain',
          'image/png',
          '*/*',
          '',
        ]) {
          await expectStatus(requestTo(op, { payload: body, contentType: type }), [415])
        }
        await expectStatus(requestTo(op, { payload: body, contentType: null }), [415])
        const multipart = `--fuzz\r\nContent-Disposition: form-data; name="body"\r\n\r\n${body}\r\n--fuzz--\r\n`
        await expectStatus(
          requestTo(op, { payload: multipart, contentType: 'multipart/form-data; boundary=fuzz' }),
          [415],
        )
        await expectStatus(requestTo(op, { payload: `<a>${CPR}</a>`, contentType: 'application/xml' }), [415])
      })

      it('malformed JSON is a 400 problem that does not quote the body back', async () => {
        for (const payload of [
          '',
          ' ',
          '{',
          '}',
          `{"a":"${CPR}"`,
          `{"a":"${CPR}",}`,
          `{'a':'${CPR}'}`,
          `{"a":"${CPR}"} trailing`,
          `{"a":"${CPR}"}{"b":1}`,
          '{"a":NaN}',
          '{"a":Infinity}',
          '{"a":-Infinity}',
          '{"a":01}',
          '{"a":1.}',
          '{"a":.5}',
          '{"a":0x10}',
          '{"a":"\u0001"}',
          '{"a":"\\x41"}',
          '{"a":"\\u12"}',
          `// ${CPR}\n{}`,
          `/* ${CPR} */ {}`,
          '{"a":undefined}',
          '[1,2',
          'nul',
          '"\\ud800',
        ]) {
          await expectStatus(requestTo(op, { payload }), [400])
        }
      })
    })
  }
})

describe('field by field (every operation with a body, every field of its schema)', () => {
  for (const op of bodyOperations) {
    describe(op.name, () => {
      it('null, arrays, strings and numbers where an object belongs: 400 naming the object', async () => {
        await expectFieldError(requestTo(op, { body: null }), '')
        await expectFieldError(requestTo(op, { body: [] }), '')
        await expectFieldError(requestTo(op, { body: [baseBody(op)] }), '')
        await expectFieldError(requestTo(op, { body: 'text' }), '')
        await expectFieldError(requestTo(op, { body: 0 }), '')
        for (const site of sitesWhere(op, isObject).filter((s) => s.path.length > 0)) {
          for (const wrong of [null, [], [{}], '', 1, true]) {
            await expectFieldError(
              requestTo(op, { body: setAt(site.base, site.path, wrong) }),
              pointerOf(site.path),
            )
          }
        }
      })

      it('impossible dates (2025-02-30, 2025-13-01, 0000-00-00 …) are 400 naming the field', async () => {
        for (const site of sitesWhere(op, isDate)) {
          for (const bad of BAD_DATES) {
            await expectFieldError(
              requestTo(op, { body: setAt(site.base, site.path, bad) }),
              pointerOf(site.path),
            )
          }
        }
      })

      it('huge, infinite, negative and fractional numbers are 400 naming the field when out of range', async () => {
        for (const site of sitesWhere(op, isNumber)) {
          const text = JSON.stringify(site.base)
          const marker = '"__NUMBER__"'
          const template = JSON.stringify(setAt(site.base, site.path, '__NUMBER__'))
          expect(template).not.toBe(text)
          for (const literal of [
            '1e308',
            '-1e308',
            '1e309',
            '-1e309',
            '1e-400',
            '12345678901234567890',
            '9007199254740993',
            '2147483648',
            '-1',
            '-0',
            '0.5',
            '1.0000000000000002',
            '"5"',
            'null',
            'true',
            '[]',
            '{}',
          ]) {
            const payload = template.replace(marker, literal)
            const received = JSON.parse(payload)
            const request = requestTo(op, { id: anyApplication, payload })
            if (acceptedBySchema(op.body!, received, 'body')) {
              await expectStatus(request, [200, 201, 400, 404, 409, 422])
            } else {
              await expectFieldError(request, pointerOf(site.path))
            }
          }
        }
      }, 120_000)

      it('strings over their maxLength, 200,000 characters long, or breaking their pattern: 400, quickly', async () => {
        for (const site of sitesWhere(op, isString)) {
          const pointer = pointerOf(site.path)
          if (site.schema.maxLength !== undefined) {
            await expectFieldError(
              requestTo(op, { body: setAt(site.base, site.path, 'x'.repeat(site.schema.maxLength + 1)) }),
              pointer,
            )
          }
          await timed(
            () =>
              expectStatus(
                requestTo(op, { body: setAt(site.base, site.path, `${'9'.repeat(200_000)}!`) }),
                [400],
              ),
            2_000,
            `a 200,000-character ${pointer}`,
          )
          if (site.schema.pattern) {
            for (const bad of [
              `${String(site.value)}\n`,
              ` ${String(site.value)}`,
              `${String(site.value)}x`,
              '',
            ]) {
              if (new RegExp(site.schema.pattern).test(bad)) continue
              await expectFieldError(requestTo(op, { body: setAt(site.base, site.path, bad) }), pointer)
            }
          }
        }
      }, 120_000)

      it('unknown fields, prototype-pollution keys and constructor keys: 400, and Object.prototype untouched', async () => {
        const base = baseBody(op) as Record<string, unknown>
        const text = JSON.stringify(base)
        for (const payload of [
          `{"__proto__":{"polluted":"yes"},${text.slice(1)}`,
          `{${text.slice(1, -1)},"__proto__":{"polluted":"yes"}}`,
          `{"constructor":{"prototype":{"polluted":"yes"}},${text.slice(1)}`,
          `{${text.slice(1, -1)},"nested":{"__proto__":{"polluted":"yes"}}}`,
          `{${text.slice(1, -1)},"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"}}`,
          `{${text.slice(1, -1)},"prototype":{"polluted":"yes"}}`,
          `{${text.slice(1, -1)},"id":"00000000-0000-0000-0000-000000000000","status":"decided","version":99}`,
        ]) {
          await expectStatus(requestTo(op, { payload }), [400], 'content')
        }
        for (const site of sitesWhere(op, (s) => isObject(s) && s.schema.additionalProperties === false)) {
          for (const key of ['__proto__', 'constructor', 'unknownField']) {
            const node = site.path.reduce<unknown>(
              (n, k) => (n as Record<string | number, unknown>)[k],
              site.base,
            )
            const body = setAt(
              site.base,
              site.path,
              withOwnProperty(node as Record<string, unknown>, key, { polluted: 'yes' }),
            )
            await expectStatus(requestTo(op, { body }), [400])
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(Object.prototype).not.toHaveProperty('polluted')
      })
    })
  }
})

describe('duplicate keys: one parser, one meaning (the last value, for validation and storage alike)', () => {
  const create = operations.find((op) => op.name === 'POST /v1/takeover-applications')!

  it('a duplicate toMunicipality is validated and stored as its last value', async () => {
    const text = JSON.stringify(applicationBody({ externalReference: 'TARGET-dup' }))
    const payload = text.replace('"toMunicipality":"101"', '"toMunicipality":"773","toMunicipality":"101"')
    const { res } = await expectStatus(requestTo(create, { payload }), [201])
    expect(res.json().toMunicipality).toBe('101')
    const reversed = text.replace('"toMunicipality":"101"', '"toMunicipality":"101","toMunicipality":"773"')
    await expectStatus(requestTo(create, { payload: reversed }), [422], 'content')
  })

  it('a duplicate CPR number is checked as its last value (a valid first one does not smuggle a bad one in)', async () => {
    const text = JSON.stringify(applicationBody({ externalReference: 'TARGET-dup-cpr' }))
    const payload = text.replace('"cpr":"010190-1234"', '"cpr":"010190-1234","cpr":"999999-9999"')
    await expectStatus(requestTo(create, { payload }), [400], 'content')
  })
})

describe('query strings (every operation with query parameters)', () => {
  for (const op of operations.filter((o) => Object.keys(o.query.properties ?? {}).length > 0)) {
    it(`${op.name}: junk, pollution keys, repeats and 100,000-character values are 4xx problems or ignored`, async () => {
      const names = Object.keys(op.query.properties ?? {})
      const queries = [
        '__proto__[polluted]=yes',
        '__proto__=yes',
        'constructor[prototype][polluted]=yes',
        'unknown=1',
        `${'a=1&'.repeat(1000)}b=2`,
        '%zz=1',
        '=1',
        '&&&',
        ...names.flatMap((name) => [
          `${name}=${'x'.repeat(100_000)}`,
          `${name}=${CPR}`,
          `${name}=${CPR_DIGITS}`,
          `${name}=`,
          `${name}=1&${name}=2`,
          `${name}[]=1`,
          `${name}[a]=1`,
          `${name}=%00`,
          `${name}=%E0%A4%A`,
          `${name}=-1`,
          `${name}=1.5`,
          `${name}=1e309`,
          `${name}=2025-02-30`,
        ]),
      ]
      for (const query of queries) {
        await timed(
          () => expectStatus(requestTo(op, { query }), [200, 400, 404]),
          3_000,
          `${op.name}?${query.slice(0, 80)}`,
        )
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }, 120_000)
  }

  it('integer parameters refuse fractions, booleans and hex instead of rounding them (limit=1.5 is not limit=1)', async () => {
    const list = operations.find((op) => op.name === 'GET /v1/takeover-applications')!
    const accepted: string[] = []
    for (const limit of ['1.5', '2.9', '0.5', '-1', '0', '201', 'true', 'false', '0x10', 'Infinity', 'NaN']) {
      const { res, problem } = await checkExchange(
        t.app,
        t.logs,
        requestTo(list, { query: `limit=${encodeURIComponent(limit)}` }),
      )
      if (res.statusCode !== 400) accepted.push(`limit=${limit} → ${res.statusCode}`)
      else
        expect(
          problem?.errors?.map((e) => e.pointer),
          `limit=${limit}`,
        ).toContain('/limit')
    }
    expect(accepted, 'non-integer limits that were not refused').toEqual([])
  })
})

describe('URLs (every operation with a path parameter, and unknown methods everywhere)', () => {
  const withId = operations.filter((o) => o.path.includes('{'))

  it('bad, long and percent-garbled ids are 4xx problems on every route with an id (no bare Fastify JSON errors)', async () => {
    for (const op of withId) {
      for (const raw of [
        'not-a-uuid',
        '00000000-0000-0000-0000-00000000000g',
        'a'.repeat(101),
        `${'0'.repeat(8)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(4)}-${'0'.repeat(1000)}`,
        '%zz',
        '%E0%A4%A',
        '%',
        '%00',
        '..%2F..%2Fetc%2Fpasswd',
        '%20',
      ]) {
        const url = op.path.replace(/\{[^}]+\}/g, raw)
        await expectStatus({ ...requestTo(op), url }, [400, 404, 405, 414])
      }
    }
  })

  it('a CPR number in the path is not echoed in the problem (detail, instance) on any route', async () => {
    for (const op of withId) {
      for (const raw of [CPR, CPR_DIGITS, `${CPR}${'0'.repeat(100)}`]) {
        const url = op.path.replace(/\{[^}]+\}/g, raw)
        const { res } = await checkExchange(t.app, t.logs, { ...requestTo(op), url })
        expect
          .soft(res.body, `${op.method} ${url.slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 300)}`)
          .not.toContain(CPR_DIGITS.slice(0, 6))
      }
    }
    expect(JSON.stringify(t.logs)).not.toContain(CPR)
  })

  it('methods a path does not offer are 404/405 problems', async () => {
    const paths = [...new Set(operations.map((op) => op.path))]
    for (const path of paths) {
      const offered = new Set(operations.filter((op) => op.path === path).map((op) => op.method))
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        if (offered.has(method as Operation['method'])) continue
        if (method === 'OPTIONS') continue
        await expectStatus(
          {
            method,
            url: path.replace(/\{[^}]+\}/g, anyApplication),
            headers: { ...BOOTSTRAP_AUTH, 'content-type': 'application/json' },
            payload: '{}',
          },
          [404, 405],
        )
      }
    }
  })
})

describe('headers (every operation)', () => {
  const secured = operations.filter((op) => op.secured)

  it('bogus Authorization schemes and keys are 401 problems with WWW-Authenticate, on every secured route', async () => {
    const bogus = [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      // (the scheme is case-insensitive and 1*SP may follow it, RFC 9110 § 11.4: `bearer  <key>` is valid)
      'Bearer test-bootstrap-key-0123456789abcdeF',
      'Bearer test-bootstrap-key-0123456789abcde',
      'Bearer test-bootstrap-key-0123456789abcdef0',
      'Token test-bootstrap-key-0123456789abcdef',
      'Digest username="admin", realm="ansvar"',
      'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCBkAEggY8',
      `Bearer ${'k'.repeat(201)}`,
      `Bearer ${'k'.repeat(10_000)}`,
      `Bearer ${CPR}`,
      'Bearer ansvar_00000000_0000000000000000000000000000000000000000000',
      'Bearer \u00e6\u00f8\u00e5',
    ]
    for (const op of secured) {
      for (const authorization of bogus) {
        const request = requestTo(op, { headers: { authorization } })
        const { res } = await expectStatus(request, [401])
        expect(res.headers['www-authenticate']).toBe('Bearer realm="ansvar"')
      }
      const { authorization: _, ...anonymous } = requestTo(op).headers
      await expectStatus({ ...requestTo(op), headers: anonymous }, [401])
    }
    expect(JSON.stringify(t.logs)).not.toContain(CPR)
  }, 120_000)

  it('a 10,000-character X-Request-Id is neither echoed nor logged: a fresh id is used', async () => {
    const huge = 'r'.repeat(10_000)
    for (const op of operations) {
      const logStart = t.logs.length
      const { res } = await expectStatus(
        requestTo(op, { headers: { 'x-request-id': huge } }),
        [200, 201, 400, 404, 409, 422],
      )
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      expect(JSON.stringify(t.logs.slice(logStart))).not.toContain('rrrrrrrrrrrrrrrrrrrr')
    }
  }, 120_000)

  it('a CPR number as X-Request-Id reaches neither the logs nor the response', async () => {
    for (const op of operations.filter((o) => o.method === 'GET')) {
      for (const requestId of [CPR, CPR_DIGITS, `req-${CPR}`]) {
        const logStart = t.logs.length
        const { res } = await expectStatus(
          requestTo(op, { headers: { 'x-request-id': requestId } }),
          [200, 400, 404],
        )
        const logs = JSON.stringify(t.logs.slice(logStart))
        expect
          .soft(logs, `X-Request-Id: ${requestId} on ${op.name} is logged: ${logs.slice(0, 400)}`)
          .not.toContain(CPR_DIGITS.slice(0, 6))
        expect
          .soft(res.headers['x-request-id'], `X-Request-Id: ${requestId} on ${op.name} is echoed`)
          .not.toContain(CPR_DIGITS.slice(0, 6))
      }
    }
  })

  it('CPR numbers in any header and any query parameter never come back or reach the logs', async () => {
    const logStart = t.logs.length
    for (const op of operations) {
      const query = Object.keys(op.query.properties ?? {})
        .filter((name) => op.query.properties![name]!.type === 'string')
        .map((name) => `${name}=${CPR}`)
        .join('&')
      const headers = {
        'accept-language': `da-${CPR}, en;q=0.${CPR_DIGITS}`,
        'if-none-match': `"${CPR}"`,
        'x-forwarded-for': CPR,
        'user-agent': `fuzz ${CPR}`,
        referer: `https://example.invalid/${CPR}`,
        'x-civilregistrationidentifier': CPR,
      }
      await expectStatus(requestTo(op, { query, headers }), [200, 201, 400, 404, 409, 422])
      await expectStatus(
        requestTo(op, { headers: { ...headers, 'x-civilregistrationidentifier': '999999-9999' } }),
        [200, 201, 400, 404, 409, 422],
      )
    }
    expect(JSON.stringify(t.logs.slice(logStart))).not.toContain(CPR)
    expect(JSON.stringify(t.logs.slice(logStart))).not.toContain(CPR_DIGITS)
  }, 120_000)

  it('If-Match garbage on every route that takes it: 412 or a 400 validation problem, nothing changed', async () => {
    const takesIfMatch = operations.filter(
      (op) => op.method === 'POST' && op.headers.properties?.['if-match'] && op.path.includes('{'),
    )
    expect(takesIfMatch.length).toBeGreaterThan(0)
    for (const op of takesIfMatch) {
      const id = await applicationFor(op)
      for (const ifMatch of [
        'garbage',
        'W/"v1"',
        'W/"v2"',
        '"v0"',
        '"v99"',
        'v1',
        '"V1"',
        '""',
        '"v1',
        `"${CPR}"`,
        '"v-1"',
        '"v1e3"',
        '*, "v0"',
        '"*"',
      ]) {
        await expectStatus(requestTo(op, { id, headers: { 'if-match': ifMatch } }), [412], 'content')
      }
      for (const ifMatch of ['x'.repeat(101), 'x'.repeat(10_000)]) {
        const { problem } = await expectStatus(requestTo(op, { id, headers: { 'if-match': ifMatch } }), [400])
        expect(problem?.errors).toContainEqual(
          expect.objectContaining({ pointer: '/if-match', in: 'headers' }),
        )
      }
    }
  })

  it('Idempotency-Key of 10,000 (or 256) characters is a 400 naming the header; 255 is accepted once', async () => {
    const create = operations.find((op) => op.name === 'POST /v1/takeover-applications')!
    for (const key of ['k'.repeat(10_000), 'k'.repeat(256), '']) {
      const { problem } = await expectStatus(
        requestTo(create, { headers: { 'idempotency-key': key } }),
        [400],
        'content',
      )
      expect(problem?.errors).toContainEqual(
        expect.objectContaining({ pointer: '/idempotency-key', in: 'headers' }),
      )
    }
    const key = 'k'.repeat(255)
    const body = applicationBody({ externalReference: 'TARGET-idempotency-255' })
    const first = await expectStatus(requestTo(create, { headers: { 'idempotency-key': key }, body }), [201])
    const replay = await expectStatus(requestTo(create, { headers: { 'idempotency-key': key }, body }), [201])
    expect(replay.res.json().id).toBe(first.res.json().id)
    expect(replay.res.headers['idempotent-replayed']).toBe('true')
    // the same key with another body is a 422 problem, and stores nothing
    await expectStatus(
      requestTo(create, {
        headers: { 'idempotency-key': key },
        body: applicationBody({ externalReference: 'other' }),
      }),
      [422],
      'content',
    )
    // a key with a CPR number in it is not echoed
    await expectStatus(requestTo(create, { headers: { 'idempotency-key': `key-${CPR}` } }), [201])
  })
})

describe('problems are uniform', () => {
  it('every urn:ansvar:problem:validation problem lists its fields in errors[] (GET /v1/access-log without a filter)', async () => {
    const accessLog = operations.find((op) => op.name === 'GET /v1/access-log')!
    const { problem } = await expectStatus(requestTo(accessLog), [400])
    expect(problem?.type).toBe('urn:ansvar:problem:validation')
    expect(problem?.errors, JSON.stringify(problem)).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: expect.any(String) })]),
    )
  })

  it('one bad field inside a § 18 ground is reported once, at that field (not as unknown fields of other ground types)', async () => {
    const assess = operations.find((op) => op.name === 'POST /v1/takeover-assessments')!
    for (const [hours, message] of [
      [200, 'must be <= 168'],
      [-1, 'must be > 0'],
      [0, 'must be > 0'], // a job of 0 hours is no job (issue 14)
      ['"x"', 'must be number'],
    ] as const) {
      const payload = `{"fromMunicipality":"773","toMunicipality":"101","grounds":[{"type":"employment","hoursPerWeek":${hours}}]}`
      const { problem } = await expectStatus(requestTo(assess, { payload }), [400])
      expect(problem?.errors, `hoursPerWeek ${hours}`).toEqual([
        { pointer: '/grounds/0/hoursPerWeek', message },
      ])
    }
  })
})

describe('one root cause, every operation (each test lists every request that fails)', () => {
  it('invalid UTF-8 bytes in a body are refused (400), not replaced by U+FFFD and stored', async () => {
    const accepted: string[] = []
    for (const op of bodyOperations) {
      // Inside a free-text string where the body has one (else in the first string value), so that
      // nothing but the encoding is wrong; outside strings; and a UTF-16 body.
      const texts = sitesWhere(op, isFreeText)
      const site = texts.find((s) => s.base === KNOWN_BODIES[op.name]) ?? texts[0]
      const template = site
        ? JSON.stringify(setAt(site.base, site.path, '__TEXT__'))
        : JSON.stringify(baseBody(op)).replace(/":"/, '":"__TEXT__')
      const [before, after] = template.split('__TEXT__') as [string, string]
      for (const bytes of [
        [0xff],
        [0xfe, 0xff],
        [0xc3],
        [0x80],
        [0xc0, 0xaf],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
      ]) {
        const id = op.path.includes('{') ? await applicationFor(op) : anyApplication
        const payload = Buffer.concat([
          Buffer.from(`${before}Sag `),
          Buffer.from(bytes),
          Buffer.from(` 7${after}`),
        ])
        const { res } = await checkExchange(t.app, t.logs, requestTo(op, { id, payload }), {
          state: 'content',
        })
        if (res.statusCode < 300) {
          accepted.push(
            `${op.name} ${site ? pointerOf(site.path) : ''} bytes ${Buffer.from(bytes).toString('hex')} → ${res.statusCode}`,
          )
        }
      }
      const text = `${before}Sag 7${after}`
      const id = op.path.includes('{') ? await applicationFor(op) : anyApplication
      await expectStatus(
        requestTo(op, { id, payload: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text)]) }),
        [400],
      )
      await expectStatus(
        requestTo(op, {
          id,
          payload: Buffer.from(text, 'utf16le'),
          contentType: 'application/json; charset=utf-16',
        }),
        [400, 415],
      )
    }
    expect(accepted, 'requests with invalid UTF-8 that were accepted').toEqual([])
  }, 120_000)

  it('NUL (\\u0000) and lone surrogates in any string field or query parameter are answered, never a 5xx', async () => {
    const failures: string[] = []
    const attempt = async (label: string, request: FuzzRequest) => {
      try {
        await expectStatus(request, [200, 201, 400, 404, 409, 422])
      } catch (error) {
        const answer = String((error as Error).message).match(/→ (\d{3})/)?.[1] ?? '?'
        failures.push(`${label} → ${answer}`)
      }
    }
    for (const op of bodyOperations) {
      for (const site of sitesWhere(op, isString)) {
        for (const [name, text] of [
          ['NUL', 'a\u0000b'],
          ['lone surrogate', 'a\ud800b'],
        ] as const) {
          const id = op.path.includes('{') ? await applicationFor(op) : anyApplication
          await attempt(
            `${op.name} ${pointerOf(site.path)} with ${name}`,
            requestTo(op, { id, body: setAt(site.base, site.path, text) }),
          )
        }
      }
    }
    for (const op of operations) {
      for (const [name, schema] of Object.entries(op.query.properties ?? {})) {
        if (schema.type !== 'string' || schema.enum) continue
        await attempt(`${op.name} ?${name}=a%00b`, requestTo(op, { query: `${name}=a%00b` }))
      }
    }
    expect([...new Set(failures)], 'requests with NUL or a lone surrogate that failed').toEqual([])
  }, 180_000)

  it('extreme real dates (0000-01-01 … 9999-12-31) in every date field are answered, never a 5xx', async () => {
    const failures: string[] = []
    for (const op of bodyOperations) {
      for (const site of sitesWhere(op, isDate)) {
        for (const extreme of [
          '0000-01-01',
          '0001-01-01',
          '1752-09-03',
          '1899-12-31',
          '2024-02-29',
          '9990-06-15',
          '9999-12-31',
        ]) {
          const id = op.path.includes('{') ? await applicationFor(op) : anyApplication
          const request = requestTo(op, { id, body: setAt(site.base, site.path, extreme) })
          try {
            await expectStatus(request, [200, 201, 400, 404, 409, 422])
          } catch (error) {
            const first = String((error as Error).message).split('\n')[0]
            const answer = String((error as Error).message).match(/→ (\d{3})/)?.[1] ?? '?'
            failures.push(`${op.name} ${pointerOf(site.path)} = ${extreme} → ${answer} (${first})`)
          }
        }
      }
    }
    expect(failures, 'requests with a real but extreme date that failed').toEqual([])
  }, 180_000)

  it('a CPR number typed into a free-text field is refused, or kept out of every answer (response, GET, events)', async () => {
    const echoed: string[] = []
    const logStart = t.logs.length
    for (const op of bodyOperations) {
      for (const site of sitesWhere(op, isFreeText)) {
        const id = op.path.includes('{') ? await applicationFor(op) : anyApplication
        const request = requestTo(op, { id, body: setAt(site.base, site.path, `sag vedr. ${CPR}`) })
        const res = await send(t.app, request)
        expect(res.statusCode, `${op.name} ${res.body.slice(0, 300)}`).toBeLessThan(500)
        const answers: [string, string][] = [['response', res.body]]
        if (res.statusCode < 300) {
          const target = op.path.includes('{') ? id : (res.json() as { id?: string }).id
          if (target && /^[0-9a-f-]{36}$/.test(target)) {
            for (const url of [
              `/v1/takeover-applications/${target}`,
              `/v1/takeover-applications/${target}/events`,
            ]) {
              answers.push([
                `GET ${url.replace(target, '{id}')}`,
                (await t.app.inject({ method: 'GET', url, headers: BOOTSTRAP_AUTH })).body,
              ])
            }
          }
        }
        for (const [where, body] of answers) {
          if (body.includes(CPR))
            echoed.push(
              `${op.name} ${pointerOf(site.path as Path)} → ${res.statusCode}, returned in ${where}`,
            )
        }
      }
    }
    expect(JSON.stringify(t.logs.slice(logStart))).not.toContain(CPR)
    expect([...new Set(echoed)], 'free-text fields whose CPR number came back').toEqual([])
  }, 120_000)
})
