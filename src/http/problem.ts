import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  Conflict,
  DomainError,
  Duplicate,
  Forbidden,
  InvalidInput,
  NotFound,
  PreconditionFailed,
  Unavailable,
  Unprocessable,
} from '../errors.ts'
import { redactSecrets } from './logging.ts'
import { type FieldError, validationErrorsToFields } from './validation-errors.ts'

/**
 * RFC 9457 problem details. Every error the service sends goes through `problemHandler`: this is the one
 * place where errors become HTTP statuses (style.md), and the only place a 5xx is written, without
 * details.
 */
export interface ProblemBody {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  [extension: string]: unknown
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** Problem type URIs: URNs, so that no fictitious host is implied; the slug names the problem. */
export function problemType(slug: string): string {
  return `urn:ansvar:problem:${slug}`
}

/** The default problem type of each status: [slug, title]. */
export const PROBLEM_TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  408: ['request-timeout', 'Request timeout'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  428: ['precondition-required', 'Precondition required'],
  429: ['too-many-requests', 'Too many requests'],
  500: ['internal', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
}

/**
 * One title per problem type: a type's title is fixed here (or by its status's default type), so that
 * no two places title the same type differently. A new slug may bring its own title.
 */
const TYPE_TITLES: Record<string, string> = {
  ...Object.fromEntries(Object.values(PROBLEM_TITLES)),
  validation: 'Invalid request',
  'contradictory-input': 'Contradictory input',
  'invalid-json': 'Invalid JSON',
  'invalid-utf8': 'Invalid UTF-8',
}

/** The title of a problem type; an unlisted slug gets its status's default title. */
export function problemTitle(slug: string, status: number): string {
  return TYPE_TITLES[slug] ?? PROBLEM_TITLES[status]?.[1] ?? 'Error'
}

/** A deliberate HTTP error raised by a route or service. */
export class HttpProblem extends Error {
  readonly status: number
  readonly slug: string
  readonly title: string
  readonly extensions: Record<string, unknown>
  /** Response headers that go with the problem (Location of a conflicting resource, Retry-After). */
  readonly headers: Record<string, string>

  constructor(
    status: number,
    detail: string,
    /** `slug` names the problem type (its title follows from it: problemTitle); the rest are extensions. */
    options: { slug?: string; headers?: Record<string, string>; [k: string]: unknown } = {},
  ) {
    super(detail)
    const { slug, headers, ...extensions } = options
    this.headers = headers ?? {}
    this.name = 'HttpProblem'
    this.status = status
    this.slug = slug ?? PROBLEM_TITLES[status]?.[0] ?? 'error'
    this.title = problemTitle(this.slug, status)
    this.extensions = extensions
  }
}

/**
 * Sends a problem with any CPR-shaped text in its detail and field pointers redacted (issue 13, item 3:
 * a CPR number used as a JSON member name was echoed in the 400's pointer).
 */
export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  const safe: ProblemBody = {
    ...body,
    ...(body.detail !== undefined ? { detail: redactSecrets(body.detail) } : {}),
    ...(body.errors
      ? {
          errors: body.errors.map((e) => ({
            ...e,
            pointer: redactSecrets(e.pointer),
            message: redactSecrets(e.message),
          })),
        }
      : {}),
  }
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(safe)
}

function statusProblem(
  status: number,
  detail: string,
  extensions: Record<string, unknown> = {},
): ProblemBody {
  const slug = PROBLEM_TITLES[status]?.[0] ?? 'error'
  return { type: problemType(slug), title: problemTitle(slug, status), status, detail, ...extensions }
}

/** The one error map (issue 15 item 4): each domain error class of src/errors.ts → its HTTP status. */
function domainStatus(error: DomainError): number {
  if (error instanceof NotFound) return 404
  if (error instanceof Forbidden) return 403
  if (error instanceof Conflict) return 409
  if (error instanceof PreconditionFailed) return 412
  if (error instanceof Unprocessable) return 422
  if (error instanceof Unavailable) return 503
  return 500
}

/**
 * Invalid input names its field: missing or malformed → 400 `validation`, contradictory → 422
 * `contradictory-input`. Input outside the body (`location`) reads like a schema validation error.
 */
function invalidInputProblem(error: InvalidInput): ProblemBody {
  if (error.location) {
    return {
      errors: [{ pointer: error.pointer, message: error.message, in: error.location }],
      type: problemType('validation'),
      title: problemTitle('validation', 400),
      status: 400,
      detail: `The request ${error.location} is invalid: ${error.pointer} ${error.message}`,
    }
  }
  const status = error.kind === 'invalid' ? 400 : 422
  const slug = error.kind === 'invalid' ? 'validation' : 'contradictory-input'
  return {
    ...statusProblem(status, error.message),
    type: problemType(slug),
    title: problemTitle(slug, status),
    errors: [{ pointer: error.pointer, message: error.message }],
  }
}

function toProblem(error: FastifyError | Error, request: FastifyRequest): ProblemBody {
  if (error instanceof HttpProblem) {
    return {
      ...error.extensions,
      type: problemType(error.slug),
      title: error.title,
      status: error.status,
      detail: error.message,
    }
  }
  if (error instanceof DomainError) {
    const status = domainStatus(error)
    const slug = error.code ?? PROBLEM_TITLES[status]?.[0] ?? 'error'
    return {
      ...error.facts,
      type: problemType(slug),
      title: problemTitle(slug, status),
      status,
      detail: error.message,
    }
  }
  if (error instanceof InvalidInput) return invalidInputProblem(error)
  const fastifyError = error as FastifyError
  if (fastifyError.validation) {
    const location = fastifyError.validationContext ?? 'body'
    const errors = validationErrorsToFields(fastifyError.validation, location)
    return {
      type: problemType('validation'),
      title: problemTitle('validation', 400),
      status: 400,
      detail: `The request ${location} is invalid: ${errors.map((e) => `${e.pointer || '(root)'} ${e.message}`).join('; ')}`,
      errors,
    }
  }
  const constraint = constraintProblem(error)
  if (constraint) {
    request.log.warn({ err: error }, 'database rule refused a request')
    return constraint
  }
  if (isExpiredWait(error)) {
    request.log.warn({ code: (error as { code?: unknown }).code }, 'database wait expired')
    return {
      ...statusProblem(
        503,
        'The database did not answer in time (busy, or the data is locked); retry shortly.',
      ),
      type: problemType('database-timeout'),
      requestId: request.id,
    }
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable')
    return statusProblem(503, 'The database is unavailable; retry later.', { requestId: request.id })
  }
  const status = fastifyError.statusCode ?? 500
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, body too large, unsupported media type …) carry safe messages.
    return statusProblem(status, fastifyError.message)
  }
  request.log.error({ err: error }, 'unhandled error')
  return statusProblem(status >= 500 && status < 600 ? status : 500, 'An unexpected error occurred.', {
    requestId: request.id,
  })
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
])

/** A statement or lock timeout (DB_STATEMENT_TIMEOUT_MS, DB_LOCK_TIMEOUT_MS) or a cancelled query. */
function isExpiredWait(error: Error): boolean {
  const code = (error as { code?: unknown }).code
  return code === '57014' || code === '55P03'
}

/** Connection-level database failures are the server's state, not the client's fault: 503, retryable. */
function isDatabaseUnavailable(error: Error): boolean {
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  )
}

/**
 * The database's own rules (the lifecycle trigger, CHECK, UNIQUE and FOREIGN KEY constraints) are the
 * last line of defence: the services check first and explain better, but if a request still reaches a
 * rule it gets a 4xx, never a 500.
 */
const CONSTRAINT_STATUS: Record<string, [number, string]> = {
  AN409: [409, 'The change is not possible in the current state.'],
  '23505': [409, 'The resource already exists.'],
  '23514': [422, 'The request violates a data rule.'],
  '23503': [422, 'The request refers to something that does not exist.'],
  '22P02': [400, 'A value has the wrong format.'],
  '22007': [400, 'A date or time is invalid.'],
  '22008': [400, 'A date or time is out of range.'],
  '22003': [400, 'A number is out of range.'],
}

function constraintProblem(error: Error): ProblemBody | undefined {
  const code = (error as { code?: unknown }).code
  const match = typeof code === 'string' ? CONSTRAINT_STATUS[code] : undefined
  return match ? statusProblem(match[0], match[1]) : undefined
}

/** The path a problem is about, without the query string and with any CPR-shaped number redacted. */
function instanceOf(url: string): string {
  return redactSecrets(url.split('?')[0] ?? '').slice(0, 200)
}

/**
 * Fastify's own URL errors (an undecodable path, an over-long parameter) become problems too, without
 * echoing the URL.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
  sendProblem(
    reply,
    statusProblem(status, status === 414 ? 'A path parameter is too long.' : 'The request URL is malformed.'),
  )
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpProblem) reply.headers(error.headers)
    // a duplicate points at the thing that exists already
    if (error instanceof Duplicate) reply.header('location', error.existing)
    const problem = toProblem(error, request)
    // every 503 is temporary: say when to come back
    if (problem.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '2')
    return sendProblem(reply, { ...problem, instance: instanceOf(request.url) })
  })
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      ...statusProblem(404, `No route ${request.method} ${instanceOf(request.url)}`),
      instance: instanceOf(request.url),
    }),
  )
}
