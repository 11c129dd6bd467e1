import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import type { Kysely } from 'kysely'
import { type TSchema, Type } from 'typebox'
import type { Database } from '../db/schema.ts'
import { IdempotencyKey as IdempotencyKeyHeader } from './headers.ts'
import {
  claimKey,
  hashIdempotencyKey,
  releaseKey,
  replayOrWait,
  requestHash,
  storeAnswer,
  WAIT_FOR_CONCURRENT_MS,
} from './idempotency.ts'
import type { ResponseHeaderName } from './openapi-document.ts'
import { ProblemSchema } from './swagger.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route honours `Idempotency-Key`: `true` = by the generic mechanism below (the first 2xx
     * answer is stored and replayed); `'own'` = the route does it itself (the create, in its transaction).
     */
    idempotent?: true | 'own'
  }
  interface FastifyRequest {
    /** The key this request claimed (generic mechanism), completed or released when it is answered. */
    idempotencyClaim: { clientId: string; key: string } | null
  }
}

/** Headers a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'] as const

function declareHeader(route: RouteOptions): void {
  route.schema ??= {}
  const schema = route.schema
  const headers = schema.headers as { properties?: Record<string, TSchema> } | undefined
  schema.headers = Type.Object(
    { ...(headers?.properties ?? {}), 'idempotency-key': IdempotencyKeyHeader },
    { additionalProperties: true },
  )
  schema.response ??= {}
  const responses = schema.response as Record<string, unknown>
  responses[409] ??= ProblemSchema
  responses[422] ??= ProblemSchema
  // a replay says so; a retry while the first request runs is told when to come back
  const declared = { ...(schema.responseHeaders ?? {}) } as Record<number, readonly ResponseHeaderName[]>
  for (const status of Object.keys(responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300))
    declared[status] = [...new Set([...(declared[status] ?? []), 'Idempotent-Replayed' as const])]
  declared[409] = [...new Set([...(declared[409] ?? []), 'Retry-After' as const])]
  schema.responseHeaders = declared
  if (schema.description?.includes('Idempotency-Key')) return
  schema.description =
    `${schema.description ?? ''} Send \`Idempotency-Key\` to retry safely: the same key and body replay the first 2xx answer with \`Idempotent-Replayed: true\` and change nothing; the same key with another body is 422; while the first request with the key is still running, a retry waits for it (409 after ${WAIT_FOR_CONCURRENT_MS / 1000} s).`.trim()
}

/**
 * `Idempotency-Key` on every route that opts in with `config: { idempotent: true }` (issue 13, item
 * 5), with the create's semantics: a key is claimed (stored hashed, per API key) before the handler
 * runs; its first 2xx answer is stored with its Location and ETag and replayed to a retry with the same
 * body; another body under the key is 422; a concurrent retry waits for the first and replays it. An
 * error answer releases the claim, so that a corrected retry runs. An instance dying between the
 * handler's commit and storing the answer leaves a claim without an answer, taken over after a minute:
 * the retry then runs again (and meets the lifecycle's own checks, e.g. 409 for a repeated transition).
 */
export function registerIdempotency(app: FastifyInstance, db: Kysely<Database>, ttlHours: number): void {
  app.decorateRequest('idempotencyClaim', null)
  // a route-level preHandler, after the rate limiter's (registered before): a replay is rate-limited too
  app.addHook('onRoute', (route) => {
    if (route.config?.idempotent) declareHeader(route)
    if (route.config?.idempotent === true)
      route.preHandler = [...[route.preHandler ?? []].flat(), claimOrReplay] as typeof route.preHandler
  })

  async function claimOrReplay(request: FastifyRequest, reply: FastifyReply) {
    if (request.routeOptions.config.idempotent !== true) return
    const given = request.headers['idempotency-key']
    if (typeof given !== 'string' || !request.principal) return
    const key = {
      clientId: request.principal.keyId,
      key: hashIdempotencyKey(given),
      requestHash: requestHash({ method: request.method, url: request.url, body: request.body }),
      ttlHours,
    }
    const deadline = Date.now() + WAIT_FOR_CONCURRENT_MS
    for (;;) {
      if (await claimKey(db, key)) {
        request.idempotencyClaim = { clientId: key.clientId, key: key.key }
        return
      }
      const replay = await replayOrWait(db, key, deadline)
      if (replay) {
        reply.headers(replay.headers).header('idempotent-replayed', 'true')
        return reply.code(replay.status).send(replay.body)
      }
    }
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim
    if (!claim) return payload
    request.idempotencyClaim = null
    if (reply.statusCode >= 200 && reply.statusCode < 300) {
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => {
          const value = reply.getHeader(name)
          return value === undefined ? [] : [[name, String(value)]]
        }),
      )
      await storeAnswer(db, claim, {
        status: reply.statusCode,
        body: typeof payload === 'string' ? payload : JSON.stringify(null),
        resourceId: null,
        headers,
      })
        // the change is committed and answered; a retry finds the claim abandoned after a minute
        .catch((err) => request.log.warn({ err }, 'storing the idempotent answer failed'))
    } else {
      await releaseKey(db, claim).catch((err) =>
        request.log.warn({ err }, 'releasing the idempotency key failed'),
      )
    }
    return payload
  })
}
