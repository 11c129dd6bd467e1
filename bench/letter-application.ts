/**
 * An app on an in-memory PGlite, in this process (no port), holding one decided application: the
 * obligated Swagger example, approved on 20 March 2025 and moved in on 1 May 2025. Used by the letter
 * benchmark (bench/letters.ts) and the README's rendered examples (scripts/letter-examples.ts).
 */
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.ts'
import { CREATE_APPLICATION_EXAMPLE } from '../src/applications/request-schemas.ts'
import { loadConfig } from '../src/config.ts'

const KEY = 'letters-bootstrap-key-0123456789abcdef'
export const LETTER_AUTH = { authorization: `Bearer ${KEY}` }

export async function appWithDecidedApplication(): Promise<{ app: FastifyInstance; id: string }> {
  const config = {
    ...loadConfig({
      AUTH_BOOTSTRAP_KEY: KEY,
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'true',
      // One client in a loop on a shared machine: neither the rate limit nor load shedding is measured.
      RATE_LIMIT_PER_MINUTE: '1000000',
      MAX_EVENT_LOOP_DELAY_MS: '60000',
      MAX_HEAP_USED_MB: '8192',
    }),
    database: { kind: 'pglite' as const, dir: 'memory://' },
  }
  const app = await buildApp(config)
  await app.ready()
  const post = async (url: string, payload: object): Promise<string> => {
    const res = await app.inject({ method: 'POST', url, headers: LETTER_AUTH, payload })
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    return res.json().id
  }
  const id = await post('/v1/takeover-applications', CREATE_APPLICATION_EXAMPLE)
  await post(`/v1/takeover-applications/${id}/decision`, {
    outcome: 'approved',
    decisionDate: '2025-03-20',
    legalBasis: 'obligated',
  })
  await post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-05-01' })
  return { app, id }
}
