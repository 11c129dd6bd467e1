import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { hashApiKey, sameHash } from '../apikeys/keys.ts'
import { findActiveApiKeyByHash, watchApiKeyChanges } from '../apikeys/repository.ts'
import { SCOPES, type Scope } from '../apikeys/scopes.ts'
import type { Database } from '../db/schema.ts'
import { ActiveKeyIndex, FailureLimiter } from './auth-guards.ts'
import { HttpProblem } from './problem.ts'

/** Who is calling: an API key bound to one municipality, or national (`municipalityCode` null). */
export interface Principal {
  keyId: string
  /** The key's name: what the audit trail records as "who". */
  name: string
  municipalityCode: string | null
  scopes: readonly Scope[]
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The in-memory index of active keys: `markStale()` after changing keys other than through src/apikeys/repository.ts. */
    activeKeys: Pick<ActiveKeyIndex, 'reload' | 'markStale'>
    /** Every route that needs a key, with its scopes: documentation and the authorization tests. */
    securedRoutes: { method: string; url: string; scopes: readonly Scope[] }[]
  }
  interface FastifyContextConfig {
    /** Scopes the route requires; `[]` = any valid key; absent = a public route (health, docs). */
    scopes?: readonly Scope[]
  }
  interface FastifyRequest {
    principal: Principal | null
  }
}

const BOOTSTRAP_KEY_ID = '00000000-0000-0000-0000-000000000000'

/**
 * Keys verified recently, by hash. A revoked key stops working within CACHE_TTL_MS; the cache spares a
 * database round trip on every request. Per process and short-lived, so instances stay interchangeable.
 */
const CACHE_TTL_MS = 10_000
const CACHE_MAX = 1_000
/** How often the index of active keys is reloaded from the database. */
const INDEX_REFRESH_MS = 5_000
/** The scheme name is case-insensitive (RFC 9110 § 11.1): `bearer`, `BEARER` and `Bearer` are one. */
const BEARER = /^Bearer +([\x21-\x7e]{1,200})$/i

interface AuthOptions {
  bootstrapKey: string | undefined
  /** Failed authentications allowed per client address and minute before 429. */
  failuresPerMinute: number
}

export function registerAuth(
  app: FastifyInstance,
  db: Kysely<Database>,
  options: AuthOptions,
): { forgetVerifiedKeys(): void } {
  const cache = new Map<string, { principal: Principal; expires: number }>()
  // Hashed once: every request is compared with it in constant time through the hashes.
  const bootstrapHash = options.bootstrapKey
    ? Buffer.from(hashApiKey(options.bootstrapKey), 'hex')
    : undefined
  const index = new ActiveKeyIndex(db, INDEX_REFRESH_MS)
  const failures = new FailureLimiter(options.failuresPerMinute, 60_000)
  app.decorate('activeKeys', index)
  watchApiKeyChanges(db, () => index.markStale())
  app.addHook('onReady', async () =>
    index.start((err) => app.log.warn({ err }, 'loading the API key index failed')),
  )
  app.addHook('onClose', async () => index.stop())

  async function authenticate(request: FastifyRequest): Promise<Principal> {
    const header = request.headers.authorization
    const match = header ? BEARER.exec(header) : null
    if (!match) {
      throw new HttpProblem(401, 'Send an API key as "Authorization: Bearer <key>".', {
        slug: 'unauthorized',
      })
    }
    const hash = hashApiKey(match[1]!)
    if (bootstrapHash && sameHash(hash, bootstrapHash)) {
      return { keyId: BOOTSTRAP_KEY_ID, name: 'bootstrap', municipalityCode: null, scopes: SCOPES }
    }
    const unknown = () => new HttpProblem(401, 'The API key is unknown or revoked.', { slug: 'unauthorized' })
    // an unknown (or revoked) key costs no database round trip
    if (!(await index.mayExist(hash))) throw unknown()
    const cached = cache.get(hash)
    if (cached && cached.expires > Date.now()) return cached.principal
    const row = await findActiveApiKeyByHash(db, hash)
    if (!row) throw unknown()
    const principal: Principal = {
      keyId: row.id,
      name: row.name,
      municipalityCode: row.municipality_code,
      scopes: row.scopes,
    }
    if (cache.size >= CACHE_MAX) cache.clear()
    cache.set(hash, { principal, expires: Date.now() + CACHE_TTL_MS })
    return principal
  }

  app.decorateRequest('principal', null)
  const secured: FastifyInstance['securedRoutes'] = []
  app.decorate('securedRoutes', secured)
  app.addHook('onRoute', (route) => {
    const scopes = route.config?.scopes
    if (!scopes) return
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') secured.push({ method, url: route.url, scopes })
    }
    if (route.schema) {
      const needs = scopes.length > 0 ? `the scope ${scopes.join(', ')}` : 'any valid key'
      route.schema = {
        ...route.schema,
        description: `${route.schema.description ?? ''}\n\nAuthorization: ${needs}.`.trim(),
      }
    }
  })
  app.addHook('onRequest', async (request, reply) => {
    const required = request.routeOptions.config.scopes
    if (!required) return
    // an address that keeps failing is stopped before its key is hashed or looked up
    const blocked = failures.blockedFor(request.ip)
    if (blocked > 0) {
      reply.header('retry-after', String(blocked))
      throw new HttpProblem(429, 'Too many failed authentications from this address; retry later.', {
        slug: 'authentication-rate-limited',
        retryAfterSeconds: blocked,
      })
    }
    try {
      request.principal = await authenticate(request)
    } catch (error) {
      // a 401 names the scheme (RFC 9110 § 11.6.1); a 503 while the keys cannot be read is not a challenge
      if (error instanceof HttpProblem && error.status === 401) {
        failures.recordFailure(request.ip)
        reply.header('www-authenticate', 'Bearer realm="ansvar"')
      }
      throw error
    }
    const missing = required.filter((scope) => !request.principal!.scopes.includes(scope))
    if (missing.length > 0) {
      throw new HttpProblem(403, `The API key lacks the scope ${missing.join(', ')}.`, {
        slug: 'insufficient-scope',
        requiredScopes: required,
      })
    }
  })
  // After a revocation on this instance: the revoked key stops working at once here.
  return { forgetVerifiedKeys: () => cache.clear() }
}

/** The authenticated caller of a route that declares `config.scopes`. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf() called on a route without config.scopes')
  return request.principal
}
