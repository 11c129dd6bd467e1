import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

/**
 * The OpenAPI document is the server: every response the test suite receives is checked against the
 * committed `openapi/openapi.json` (createTestApp attaches this to every app). A response conforms when
 * its route is in the document, its status is declared for that operation, its media type is declared
 * for that status, its body is valid against the declared schema, every header declared `required` is
 * present, and every API header it carries (ETag, Location, RateLimit-*, …) is declared. Routes hidden
 * from the document (`schema.hide`) are not operations and are not checked. Problems also
 * keep one title per type across the whole run.
 */
type Json = Record<string, unknown>
interface MediaObject {
  schema?: Json
}
interface ResponseObject {
  content?: Record<string, MediaObject>
  headers?: Record<string, { required?: boolean }>
}
type Operation = { responses: Record<string, ResponseObject> }
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> }

export interface RecordedResponse {
  method: string
  /** The matched route's path (`/v1/x/:id`), or undefined when no route matched. */
  route: string | undefined
  status: number
  headers: Record<string, unknown>
  /** The payload as sent; undefined for a stream. */
  body: string | undefined
}

/** Headers the service sends on purpose: when present they must be declared for the response. */
const API_HEADERS = [
  'etag',
  'location',
  'idempotent-replayed',
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-rules-version',
  'x-statistics-suppressed',
  'content-disposition',
  'content-language',
  'link',
  'cache-control',
  'www-authenticate',
  'vary',
]

/**
 * Routes that serve the document and Swagger UI themselves, and pages hidden from the document on purpose
 * (`schema.hide`, e.g. the dashboard's static files): not operations of the API.
 */
const NOT_OPERATIONS = /^\/(docs|openapi\.json)(\/|$)/

export function loadDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'))
}

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1')

export class ConformanceChecker {
  private readonly ajv: Ajv2020
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly titles = new Map<string, string>()
  private readonly document: OpenApiDocument

  constructor(document: OpenApiDocument = loadDocument()) {
    this.document = document
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    addFormats.default(this.ajv)
    for (const format of ['int32', 'int64', 'float', 'double']) this.ajv.addFormat(format, true)
    this.ajv.addSchema(document as object, 'openapi.json')
  }

  /** What is wrong with one response; empty when it conforms. */
  check(response: RecordedResponse): string[] {
    const { method, route, status } = response
    const where = `${method} ${route ?? '(no route)'} → ${status}`
    const mediaType = String(response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
    if (route === undefined) {
      // No route matched: the not-found and malformed-URL problems, which no document can list.
      if (![400, 404, 414].includes(status)) return [`${where}: a response without a route`]
      return this.checkBody(where, mediaType, response.body, '#/components/schemas/Problem')
    }
    const path = route.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
    const operation = this.document.paths[path]?.[method.toLowerCase()]
    if (!operation) return [`${where}: the document has no operation ${method} ${path}`]
    const declared = operation.responses[String(status)]
    if (!declared) {
      const statuses = Object.keys(operation.responses).join(', ')
      return [`${where}: status ${status} is not declared (declared: ${statuses})`]
    }
    const violations: string[] = []
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      if (header.required && response.headers[name.toLowerCase()] === undefined)
        violations.push(`${where}: the declared header ${name} is missing`)
    }
    const declaredNames = Object.keys(declared.headers ?? {}).map((name) => name.toLowerCase())
    for (const name of API_HEADERS) {
      if (response.headers[name] !== undefined && !declaredNames.includes(name))
        violations.push(`${where}: the header ${name} is sent but not declared`)
    }
    const empty = response.body === undefined ? false : response.body.length === 0
    if (!declared.content) {
      if (!empty) violations.push(`${where}: a body is sent but none is declared`)
      return violations
    }
    const media = declared.content[mediaType]
    if (!media) {
      const allowed = Object.keys(declared.content).join(', ')
      return [...violations, `${where}: media type "${mediaType}" is not declared (declared: ${allowed})`]
    }
    const pointer = `openapi.json#/paths/${escapeToken(path)}/${method.toLowerCase()}/responses/${status}/content/${escapeToken(mediaType)}/schema`
    return [...violations, ...this.checkBody(where, mediaType, response.body, pointer)]
  }

  private checkBody(where: string, mediaType: string, body: string | undefined, ref: string): string[] {
    if (body === undefined) return []
    if (!/^application\/([a-z.+-]+\+)?json$/.test(mediaType)) {
      if (ref.includes('components/schemas/Problem'))
        return [`${where}: a problem must be application/problem+json, not "${mediaType}"`]
      return []
    }
    let value: unknown
    try {
      value = JSON.parse(body)
    } catch {
      return [`${where}: the body is not JSON`]
    }
    const validate = this.validator(ref.startsWith('#') ? `openapi.json${ref}` : ref)
    const violations: string[] = []
    if (!validate(value)) {
      for (const error of validate.errors ?? [])
        violations.push(`${where}: body${error.instancePath} ${error.message} (${error.schemaPath})`)
    }
    if (mediaType === 'application/problem+json') violations.push(...this.checkTitle(where, value))
    return violations
  }

  /** One title per problem type, across everything this checker saw. */
  private checkTitle(where: string, problem: unknown): string[] {
    const { type, title } = (problem ?? {}) as { type?: unknown; title?: unknown }
    if (typeof type !== 'string' || typeof title !== 'string') return []
    const seen = this.titles.get(type)
    if (seen === undefined) this.titles.set(type, title)
    else if (seen !== title) return [`${where}: problem type ${type} titled "${title}", elsewhere "${seen}"`]
    return []
  }

  private validator(ref: string): ValidateFunction {
    let validate = this.validators.get(ref)
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref })
      this.validators.set(ref, validate)
    }
    return validate
  }
}

let shared: ConformanceChecker | undefined

/**
 * Checks every response `app` sends (inject or a real connection). `inject` throws at once when its
 * response does not conform; `assertConforms()` (called by TestApp.close) reports the rest.
 */
export function attachConformance(
  app: FastifyInstance,
  options: { exempt?: ReadonlySet<string> } = {},
): { violations: string[]; assertConforms(): void } {
  shared ??= new ConformanceChecker()
  const checker = shared
  const violations: string[] = []
  let reported = 0
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url
    const hidden = (request.routeOptions.schema as { hide?: boolean } | undefined)?.hide === true
    if (route !== undefined && (hidden || NOT_OPERATIONS.test(route) || options.exempt?.has(route)))
      return payload
    // Node sends no body with 204 or 304, whatever the handler passed.
    const body =
      payload === null || payload === undefined || reply.statusCode === 204 || reply.statusCode === 304
        ? ''
        : typeof payload === 'string'
          ? payload
          : Buffer.isBuffer(payload)
            ? payload.toString('utf8')
            : undefined
    violations.push(
      ...checker.check({
        method: request.method,
        route,
        status: reply.statusCode,
        headers: reply.getHeaders(),
        body,
      }),
    )
    return payload
  })
  // Both of inject's forms: with options (checked when the response arrives) and the chainable one.
  type Inject = (...args: unknown[]) => unknown
  const inject = app.inject.bind(app) as unknown as Inject
  ;(app as unknown as { inject: Inject }).inject = (...args) => {
    if (args.length === 0 || typeof args[1] === 'function') return inject(...args)
    return (inject(...args) as Promise<unknown>).then((response) => {
      assertConforms()
      return response
    })
  }
  function assertConforms(): void {
    if (violations.length === reported) return
    const fresh = violations.slice(reported)
    reported = violations.length
    throw new Error(`Response does not conform to openapi/openapi.json:\n${fresh.join('\n')}`)
  }
  return { violations, assertConforms }
}
