import type { IncomingMessage, ServerResponse } from 'node:http'
import { getHeapStatistics } from 'node:v8'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'
import type { Config } from '../config.ts'
import { HttpProblem } from './problem.ts'

/**
 * Abuse and overload protection (OWASP API4:2023): security headers, a rate limit per API key (per
 * client address before authentication) with the IETF RateLimit headers and 429 problems, and load
 * shedding with 503 problems before the event loop stalls or the heap runs out.
 *
 * The rate-limit counters live in each instance's memory: behind N instances a key gets up to N times
 * the limit. That is a deliberate trade (no shared store in the stack); put a gateway limit in front
 * if an exact global limit matters.
 */
/**
 * helmet's headers, worked out once. `@fastify/helmet` calls `helmet(options)` on every request, which
 * re-parses the CSP directives each time (6–7 % of the server's CPU in the benchmark); the headers never
 * change, so they are computed at start by running helmet's middleware once against a recorder.
 */
function helmetHeaders(options: Parameters<typeof helmet>[0]): Readonly<Record<string, string>> {
  const recorded: Record<string, string> = {}
  const response = {
    setHeader(name: string, value: string) {
      recorded[name.toLowerCase()] = value
    },
    removeHeader(name: string) {
      delete recorded[name.toLowerCase()]
    },
  }
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err
  })
  return Object.freeze(recorded)
}

/**
 * Swagger UI (GET /docs) loads its own scripts and styles from this server only. `upgrade-insecure-requests`
 * only on HTTPS: over plain HTTP (a local instance opened as http://localhost or by its host name) it
 * would send every asset to https:// and leave a blank page.
 */
const securityHeaders = (https: boolean) =>
  helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  })
const HTTP_HEADERS = securityHeaders(false)
const HTTPS_HEADERS = securityHeaders(true)

/** The security headers as a raw response sends them (framework errors, written before any routing). */
export const SECURITY_HEADER_LINES: string = Object.entries(HTTP_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('')

/**
 * Security headers on every response, set in the first onRequest hook so that the 401 and 403 of
 * authentication carry them too; `Cache-Control: no-store` on every /v1 answer (applications hold
 * personal data; a route whose answer may be cached, statistics, sets its own).
 * request.protocol is https when the connection is TLS, or a trusted proxy says so (TRUST_PROXY).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.protocol === 'https' ? HTTPS_HEADERS : HTTP_HEADERS)
    if (request.url.startsWith('/v1/')) reply.header('cache-control', 'no-store')
    done()
  })
}

/**
 * Load is shed before V8's heap limit is reached: at MAX_HEAP_USED_MB, or at 90 % of the limit when that
 * is lower (production runs with --max-old-space-size=256, below the 768 MB default; at the limit the
 * process would abort instead of answering 503).
 */
export function sheddingHeapBytes(maxHeapUsedMb: number): number {
  return Math.min(maxHeapUsedMb * 1024 * 1024, Math.floor(getHeapStatistics().heap_size_limit * 0.9))
}

export async function registerProtection(app: FastifyInstance, config: Readonly<Config>): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: sheddingHeapBytes(config.maxHeapUsedMb),
    retryAfter: 5,
    pressureHandler: async (_request, reply, type) => {
      reply.header('retry-after', '5')
      throw new HttpProblem(503, `The service is under load (${type}); retry in a few seconds.`, {
        slug: 'overloaded',
      })
    },
  })

  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    // After authentication (onRequest), so that the limit is per API key, not per shared NAT address.
    hook: 'preHandler',
    keyGenerator: (request) => request.principal?.keyId ?? request.ip,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, `More than ${context.max} requests in ${context.after}; slow down.`, {
        slug: 'rate-limited',
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  })
}
