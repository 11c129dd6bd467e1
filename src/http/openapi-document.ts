/**
 * How the route schemas become an OpenAPI document that is exactly the server (checked against every
 * response the test suite receives, test/helpers/conformance.ts). Everything here is central, so that a
 * new route only declares what is particular to it:
 *
 * - Errors: a response declared as `ProblemSchema` is `application/problem+json` with an example; the
 *   statuses every route can send (400 with input, 401/403/429 with scopes, 413/415 with a body, 500,
 *   503) are added to every route.
 * - Named schemas: any schema with a `title` (a PascalCase name, e.g. `{ title: 'TakeoverApplication' }`
 *   on a TypeBox object) is lifted into `components.schemas` under that name and referenced by `$ref`.
 *   Two different schemas with one name are an error when the document is generated.
 * - Response headers: `x-request-id` on every response, the RateLimit headers on rate-limited routes,
 *   `Retry-After` on 429/503; anything else a route sends it names in `schema.responseHeaders`
 *   (`{ 201: ['Location', 'ETag'] }`), from RESPONSE_HEADERS below.
 * - Request headers: only those in the route's own `headers` schema (src/http/headers.ts), with their
 *   canonical spelling; a public route (no `config.scopes`) says `security: []`.
 */
import { PROBLEM_TITLES, problemType } from './problem.ts'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const int32 = (minimum: number, maximum: number) => ({ type: 'integer', format: 'int32', minimum, maximum })

export const RESPONSE_HEADERS = {
  ETag: {
    description: 'Version of the resource: send it as `If-Match` to change it, `If-None-Match` to poll',
    required: true,
    schema: { type: 'string', maxLength: 100, examples: ['"v3"'] },
  },
  Location: {
    description: 'Path of the created resource (201), or of the page to go to (302)',
    required: true,
    schema: { type: 'string', format: 'uri-reference', maxLength: 2048 },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': { description: 'Seconds to wait before retrying', schema: int32(0, 3600) },
  'RateLimit-Limit': {
    description: 'Requests allowed per window for this key',
    schema: int32(1, 10_000_000),
  },
  'RateLimit-Remaining': { description: 'Requests left in the window', schema: int32(0, 10_000_000) },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: int32(0, 3600) },
  'x-rules-version': {
    description: 'Version of the rule catalogue the answer was computed with (GET /v1/rules)',
    required: true,
    schema: { type: 'string', maxLength: 100 },
  },
  'x-statistics-suppressed': {
    description: 'How many counts in the answer were suppressed (published as null or an empty cell)',
    required: true,
    schema: int32(0, 10_000_000),
  },
  'Cache-Control': {
    description: 'Whether and how long a client may keep the answer',
    required: true,
    schema: { type: 'string', maxLength: 100 },
  },
  Vary: {
    description: 'The request headers the answer depends on',
    required: true,
    schema: { type: 'string', maxLength: 100 },
  },
  'Content-Language': {
    description: 'The language of the answer: da or en (from Accept-Language)',
    required: true,
    schema: { type: 'string', enum: ['da', 'en'] },
  },
  Link: {
    description: 'RFC 8288: `<…>; rel="next"`, the next page, while there is one',
    schema: { type: 'string', maxLength: 2048 },
  },
  'Content-Security-Policy': {
    description: "HTML: `default-src 'none'` and the page's one stylesheet by its hash; no script may run",
    schema: { type: 'string', maxLength: 1000 },
  },
  'Content-Disposition': {
    description: 'A file name for saving the answer (CSV, PDF, Word)',
    schema: { type: 'string', maxLength: 200 },
  },
  'WWW-Authenticate': {
    description: 'The authentication scheme to use: Bearer',
    required: true,
    schema: { type: 'string', maxLength: 100 },
  },
  'x-request-id': {
    description: 'Identifies the request in the logs: your own `x-request-id` if it is safe, else a UUID',
    required: true,
    schema: { type: 'string', maxLength: 64 },
  },
} as const
export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS

declare module 'fastify' {
  interface FastifySchema {
    /** Response headers this route sends, per status, beyond the central ones (see RESPONSE_HEADERS). */
    responseHeaders?: Readonly<Record<number, readonly ResponseHeaderName[]>>
  }
}

/** Request header names as the document spells them (Fastify matches them case-insensitively). */
const CANONICAL_HEADER: Record<string, string> = {
  'if-none-match': 'If-None-Match',
  'if-match': 'If-Match',
  'idempotency-key': 'Idempotency-Key',
  'x-civilregistrationidentifier': 'x-civilregistrationIdentifier',
  'accept-language': 'Accept-Language',
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: the problem lists each field by JSON pointer',
  401: 'Missing, unknown or revoked API key',
  403: 'The key lacks a required scope or is bound to another municipality',
  404: 'Not found, or not visible to this key',
  409: 'Not possible in the current state',
  412: '`If-Match` does not match the current version',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'Understood but contradictory or against a rule',
  429: 'Rate limit exceeded for this key, or too many failed authentications from this address',
  500: 'Unexpected error; no details are disclosed',
  503: 'Overloaded or the database is unavailable; retry after `Retry-After` seconds',
}

const PROBLEM_EXAMPLE_DETAILS: Record<number, string> = {
  400: 'The request body is invalid: /toMunicipality must match pattern ^0?[0-9]{3}$',
  401: 'Send an API key as `Authorization: Bearer <key>`.',
  403: 'The key lacks the scope applications:write.',
  404: 'No application 3f2b8c1e-5d4a-4e7b-9c1d-2a6f0e8b7c55.',
  409: 'The application is withdrawn; a decision cannot be recorded.',
  412: 'The application has changed (version "v4"); read it again.',
  413: 'Request body is too large',
  415: "Unsupported Media Type: 'text/plain'",
  422: 'An approval cannot be conditional on housing (G-NO-HOUSING-CONDITION).',
  429: 'More than 600 requests in 1 minute; slow down.',
  500: 'An unexpected error occurred.',
  503: 'The database is unavailable; retry later.',
}

export function problemExample(status: number): Json {
  const [slug, title] = PROBLEM_TITLES[status] ?? ['error', 'Error']
  const example: Json = {
    type: problemType(status === 400 ? 'validation' : slug),
    title,
    status,
    detail: PROBLEM_EXAMPLE_DETAILS[status] ?? title,
    instance: '/v1/takeover-applications',
  }
  if (status === 400)
    example.errors = [{ pointer: '/toMunicipality', message: 'must match pattern ^0?[0-9]{3}$' }]
  if (status >= 500) example.requestId = '0b5e4f3c-2a1d-4c6b-8e9f-7a1b2c3d4e5f'
  return example
}

function problemResponse(status: number, description = PROBLEM_DESCRIPTIONS[status] ?? 'Problem') {
  return {
    description,
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        examples: { [PROBLEM_TITLES[status]?.[0] ?? 'problem']: { value: problemExample(status) } },
      },
    },
  }
}

const isProblemSchema = (schema: unknown) => isObject(schema) && schema.title === 'Problem'

interface RouteInfo {
  method: string | string[]
  config?: { scopes?: readonly string[]; rateLimit?: unknown }
}

/** @fastify/swagger's per-route transform: the route's schema with the central declarations added. */
export function transformRouteSchema(schema: Json, route: RouteInfo): Json {
  const transformed: Json = { ...schema }
  const responses: Json = {}
  for (const [status, response] of Object.entries((schema.response ?? {}) as Json))
    responses[status] = isProblemSchema(response)
      ? problemResponse(Number(status), (response as Json).description as string | undefined)
      : response
  const add = (status: number) => {
    responses[status] ??= problemResponse(status)
  }
  if (schema.body || schema.querystring || schema.params || schema.headers) add(400)
  if (schema.body) [413, 415].forEach(add)
  if (route.config?.scopes) {
    transformed.security = [{ bearerAuth: [] }]
    ;[401, 403].forEach(add)
  } else {
    transformed.security = []
  }
  // Every route is rate-limited unless it opts out (config.rateLimit: false, the health probes).
  const rateLimited = route.config?.rateLimit !== false
  if (rateLimited) add(429)
  transformed['x-rate-limited'] = rateLimited
  add(500)
  add(503)
  transformed.response = responses
  if (schema.responseHeaders) transformed['x-response-headers'] = schema.responseHeaders
  delete transformed.responseHeaders
  return transformed
}

type Operation = {
  parameters?: Json[]
  responses?: Record<string, { headers?: Json; content?: Record<string, Json> }>
  'x-response-headers'?: Record<string, ResponseHeaderName[]>
  'x-rate-limited'?: boolean
}

/** The whole document: central response headers, canonical header names, named schemas lifted. */
export function finishDocument<T extends Json>(document: T): T {
  const schemas = ((document.components as Json).schemas ?? {}) as Json
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>
  for (const [path, operations] of Object.entries(paths)) {
    for (const operation of Object.values(operations)) {
      const rateLimited = operation['x-rate-limited'] === true
      const declared = operation['x-response-headers'] ?? {}
      delete operation['x-response-headers']
      delete operation['x-rate-limited']
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'header')
          parameter.name = CANONICAL_HEADER[String(parameter.name)] ?? parameter.name
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const names: ResponseHeaderName[] = [...(declared[status] ?? [])]
        // any answer after the limiter carries them, a 500 or 503 included (required on 2xx/3xx only)
        if (rateLimited) names.push('RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset')
        if (status === '429' || status === '503') names.push('Retry-After')
        if (status === '401') names.push('WWW-Authenticate')
        names.push('x-request-id')
        // every /v1 answer may carry no-store (src/http/protection.ts); a route that sets its own declares it
        const noStore = path.startsWith('/v1/') && !names.includes('Cache-Control')
        const headers: Json = {}
        for (const name of names) {
          const { required, ...header } = RESPONSE_HEADERS[name] as Json & { required?: boolean }
          // RateLimit headers are on every answer that passed the limiter (2xx, 3xx); earlier 4xx lack them.
          const always = required === true || (name.startsWith('RateLimit-') && /^[23]/.test(status))
          headers[name] = always ? { ...header, required: true } : header
        }
        if (noStore) {
          const { required: _required, ...cacheControl } = RESPONSE_HEADERS['Cache-Control']
          headers['Cache-Control'] = cacheControl
        }
        response.headers = { ...response.headers, ...headers }
        for (const media of Object.values(response.content ?? {}))
          if (media.schema) media.schema = liftNamed(media.schema, schemas)
      }
      const body = (operation as { requestBody?: { content?: Record<string, Json> } }).requestBody
      for (const media of Object.values(body?.content ?? {}))
        if (media.schema) media.schema = liftNamed(media.schema, schemas)
    }
  }
  for (const [name, schema] of Object.entries(schemas)) schemas[name] = liftNamed(schema, schemas, name)
  return document
}

const NAME = /^[A-Z][A-Za-z0-9]*$/

/** Replaces every subschema with a `title` by a `$ref` to `components.schemas[title]`. */
function liftNamed(node: unknown, schemas: Json, root?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => liftNamed(item, schemas))
  if (!isObject(node)) return node
  const copy: Json = {}
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'examples' || key === 'example' || key === 'enum' ? value : liftNamed(value, schemas)
  }
  const name = copy.title
  const isSchema = typeof copy.type === 'string' || Array.isArray(copy.anyOf) || Array.isArray(copy.oneOf)
  if (typeof name !== 'string' || name === root || !isSchema) return copy
  if (!NAME.test(name))
    throw new Error(`Schema title "${name}" must be a PascalCase component name (it names the schema)`)
  // A root schema's examples move to its media type; nested copies keep theirs: examples don't count.
  const { examples: _examples, ...shape } = copy
  const existing = schemas[name] as Json | undefined
  if (existing !== undefined) {
    const { examples: existingExamples, ...existingShape } = existing
    if (JSON.stringify(existingShape) !== JSON.stringify(shape))
      throw new Error(`Two different schemas are named "${name}": give one of them another title`)
    if (existingExamples) return { $ref: `#/components/schemas/${name}` }
  }
  schemas[name] = copy
  return { $ref: `#/components/schemas/${name}` }
}
