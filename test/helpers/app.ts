import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { inject } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { type Config, loadConfig } from '../../src/config.ts'
import { attachConformance } from './conformance.ts'
import { adminQuery, uniqueDatabaseName, withDatabase } from './postgres.ts'

export const TEST_BOOTSTRAP_KEY = 'test-bootstrap-key-0123456789abcdef'
export const BOOTSTRAP_AUTH = { authorization: `Bearer ${TEST_BOOTSTRAP_KEY}` }

export interface TestApp {
  app: FastifyInstance
  /** Every log line written while the app ran, parsed. */
  logs: Record<string, unknown>[]
  databaseUrl: string | undefined
  close(): Promise<void>
}

/** A fresh database for this test file: a clone of the migrated template, or an in-memory PGlite. */
export async function createTestDatabase(): Promise<{ settings: Config['database']; drop(): Promise<void> }> {
  const info = inject('testDatabase')
  if (info.kind === 'pglite') return { settings: { kind: 'pglite', dir: 'memory://' }, drop: async () => {} }
  const name = uniqueDatabaseName('ansvar_test')
  await adminQuery(info.adminUrl, `create database ${name} template ${info.template}`)
  return {
    settings: { kind: 'postgres', url: withDatabase(info.adminUrl, name), poolMax: 10 },
    drop: () => adminQuery(info.adminUrl, `drop database if exists ${name} with (force)`),
  }
}

/** Concurrency, idempotency and isolation suites call this: they must fail, not skip, without a server. */
export function requireRealPostgres(): void {
  if (inject('testDatabase').kind !== 'postgres') {
    throw new Error(
      'This suite needs a real PostgreSQL server: set DATABASE_URL or make a Docker engine available.',
    )
  }
}

export async function createTestApp(
  env: Record<string, string> = {},
  /** Extra routes for a test, registered before the app is ready. */
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const database = await createTestDatabase()
  const logs: Record<string, unknown>[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line))
      done()
    },
  })
  const config: Config = {
    // Load shedding on event-loop lag is tested with its own settings (test/hardening/protection.test.ts);
    // elsewhere it is off (0): a busy test machine must not turn answers into 503s, and under-pressure
    // counts a sample interval without a sample (a stall of 1 s or more) as an infinite lag, which even
    // a high limit would shed. Generous database waits likewise:
    // the timeout tests set their own (test/security/timeouts.test.ts). Webhook delivery (a pg-boss
    // queue) only in the tests that ask for it.
    ...loadConfig({
      AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
      LOG_LEVEL: 'info',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      DB_STATEMENT_TIMEOUT_MS: '60000',
      DB_LOCK_TIMEOUT_MS: '30000',
      WEBHOOK_DELIVERY: 'false',
      ...env,
    }),
    database: database.settings,
  }
  const app = await buildApp(config, { logStream })
  // Every response is checked against openapi/openapi.json (test/helpers/conformance.ts), except those
  // of the routes a test adds for itself.
  const testRoutes = new Set<string>()
  app.addHook('onRoute', (route) => {
    testRoutes.add(route.url)
  })
  extend?.(app)
  const conformance = attachConformance(app, { exempt: testRoutes })
  await app.ready()
  return {
    app,
    logs,
    databaseUrl: database.settings.kind === 'postgres' ? database.settings.url : undefined,
    async close() {
      await app.close()
      await database.drop()
      conformance.assertConforms()
    },
  }
}

/**
 * `buildApp` for the suites that configure the app themselves (faults, restarts, timeouts): every
 * response is still checked against openapi/openapi.json, and what does not conform fails the close.
 */
export async function buildCheckedApp(...args: Parameters<typeof buildApp>): Promise<FastifyInstance> {
  const app = await buildApp(...args)
  const conformance = attachConformance(app)
  app.addHook('onClose', async () => conformance.assertConforms())
  return app
}
