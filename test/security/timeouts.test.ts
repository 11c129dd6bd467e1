import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { registered } from '../applications/fixtures.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestApp,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
  type TestApp,
} from '../helpers/app.ts'

/**
 * Issue 13, item 6, replayed: a withdrawal waited 29.1 s on a row another session had locked. Waits
 * are now bounded by DB_LOCK_TIMEOUT_MS and DB_STATEMENT_TIMEOUT_MS; an expired wait is a 503 problem
 * with Retry-After, and the same request succeeds once the lock is gone.
 */
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function withdrawWhileLocked(env: Record<string, string>) {
  requireRealPostgres()
  const t: TestApp = await createTestApp(env)
  cleanups.push(() => t.close())
  const id = await registered(t.app)
  const other = new pg.Client({ connectionString: t.databaseUrl })
  await other.connect()
  cleanups.push(() => other.end())
  await other.query('begin')
  await other.query('select id from takeover_application where id = $1 for update', [id])
  const withdraw = () =>
    t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${id}/withdrawal`,
      headers: BOOTSTRAP_AUTH,
      payload: { withdrawnDate: '2025-04-01' },
    })
  const blocked = await withdraw()
  // the lock is still held: the answer came from the timeout, not from the lock going away
  await other.query('rollback')
  const after = await withdraw()
  return { t, blocked, after }
}

describe('statement and lock timeouts (issue 13, item 6)', () => {
  it('a lock held by another session: 503 problem with Retry-After after DB_LOCK_TIMEOUT_MS; the retry succeeds', async () => {
    const { blocked, after } = await withdrawWhileLocked({ DB_LOCK_TIMEOUT_MS: '300' })
    expect(blocked.statusCode).toBe(503)
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.json()).toMatchObject({ status: 503, type: 'urn:ansvar:problem:database-timeout' })
    expect(after.statusCode).toBe(200)
  })

  it('without a lock timeout, the statement timeout bounds the wait the same way', async () => {
    const { blocked, after } = await withdrawWhileLocked({
      DB_LOCK_TIMEOUT_MS: '0',
      DB_STATEMENT_TIMEOUT_MS: '300',
    })
    expect(blocked.statusCode).toBe(503)
    expect(blocked.json()).toMatchObject({ type: 'urn:ansvar:problem:database-timeout' })
    expect(after.statusCode).toBe(200)
  })

  it('the defaults are 5 s per statement and 2 s per lock wait on the main pool', async () => {
    requireRealPostgres()
    // '' = unset: the defaults of src/config.ts, not the test helper's generous ones
    const t = await createTestApp({ DB_STATEMENT_TIMEOUT_MS: '', DB_LOCK_TIMEOUT_MS: '' })
    cleanups.push(() => t.close())
    const setting = async (name: string) =>
      (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(t.app.database.db))
        .rows[0]!.value
    expect(await setting('statement_timeout')).toBe('5s')
    expect(await setting('lock_timeout')).toBe('2s')
  })

  it('PGlite ignores the settings it cannot use and serves as before', async () => {
    const app = await buildCheckedApp({
      ...loadConfig({
        AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
        LOG_LEVEL: 'silent',
        DB_STATEMENT_TIMEOUT_MS: '1000',
        DB_LOCK_TIMEOUT_MS: '500',
        STATS_STATEMENT_TIMEOUT_MS: '1000',
      }),
      database: { kind: 'pglite', dir: 'memory://' },
    })
    cleanups.push(() => app.close())
    await app.ready()
    const id = await registered(app)
    const read = await app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}`,
      headers: BOOTSTRAP_AUTH,
    })
    expect(read.statusCode).toBe(200)
    const stats = await app.inject({
      method: 'GET',
      url: '/v1/statistics/takeover-applications',
      headers: BOOTSTRAP_AUTH,
    })
    expect(stats.statusCode).toBe(200)
  })
})
