import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
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
export async function registerProtection(app: FastifyInstance, config: Readonly<Config>): Promise<void> {
  await app.register(helmet, {
    // Swagger UI (GET /docs) loads its own scripts and styles from this server only.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  })

  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedMb * 1024 * 1024,
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
