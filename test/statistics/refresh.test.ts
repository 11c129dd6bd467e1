/**
 * The statistics cubes follow the writes from a queue (migration 20261123170000): a write only queues
 * its persons, a background drain and every statistics read on the main database apply them. Counts
 * must still include every committed write, and a write must never wait for another write's counters.
 */
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { drainStatistics } from '../../src/statistics/refresh.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestApp,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
  type TestApp,
} from '../helpers/app.ts'
import {
  clearApplications,
  EXACT,
  type FixtureApplication,
  getStatistics,
  insertApplications,
  repeat,
} from './fixtures.ts'

const PATH = '/v1/statistics/takeover-applications?from=2025-03-01&to=2025-03-31&groupBy='

const march = (i: number): FixtureApplication => ({
  person: `refresh-${i}`,
  to: '101',
  from: '773',
  received: '2025-03-10',
  grounds: [{ type: 'employment' }],
})

/**
 * A second instance of the service that reads its statistics from "a replica" (STATS_DATABASE_URL, here
 * the same database): its reads never drain the queue, so it shows what the cubes hold — what the
 * drain has applied, and nothing a write merely queued.
 */
async function replicaOf(t: TestApp, refreshIntervalMs: number): Promise<FastifyInstance> {
  const url = t.databaseUrl!
  const app = await buildCheckedApp(
    {
      ...loadConfig({
        ...EXACT,
        AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
        STATS_DATABASE_URL: url,
        STATS_REFRESH_INTERVAL_MS: String(refreshIntervalMs),
        WEBHOOK_DELIVERY: 'false',
        MAX_EVENT_LOOP_DELAY_MS: '0',
      }),
      database: { kind: 'postgres', url, poolMax: 4 },
    },
    { logStream: new Writable({ write: (_chunk, _encoding, done) => done() }) },
  )
  await app.ready()
  return app
}

/** What a dashboard reading `app` sees for March 2025 (0 when nothing is counted). */
const received = async (app: FastifyInstance) => {
  const { data } = await getStatistics(app, PATH, BOOTSTRAP_AUTH)
  return Number(data[0]?.received ?? 0)
}

describe('statistics read on the main database, no background refresh', () => {
  let t: TestApp
  let replica: FastifyInstance
  beforeAll(async () => {
    requireRealPostgres()
    t = await createTestApp({ ...EXACT, STATS_REFRESH_INTERVAL_MS: '0' })
    replica = await replicaOf(t, 0)
  })
  afterAll(async () => {
    await replica?.close()
    await t?.close()
  })

  it('a write only queues its persons; the next statistics read on the main database applies them and counts every write', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    await insertApplications(db, repeat(7, march), { drain: false })
    expect(await received(replica)).toBe(0) // queued, not yet in the cubes

    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 7, distinctPersons: 7 }])
    expect(await received(replica)).toBe(7) // the main read applied the queue
  })

  it('draining twice, or a person queued twice, changes nothing (a refresh recomputes from the rows)', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    // one queue row per person and statement: persons 1 and 2, then person 1 again
    await insertApplications(db, [march(1), march(2)], { drain: false })
    await insertApplications(db, [march(1)], { drain: false })
    expect(await drainStatistics(db, { wait: true })).toBe(3)
    expect(await drainStatistics(db, { wait: true })).toBe(0)
    expect(await received(replica)).toBe(3)
    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 3, distinctPersons: 2 }])
  })
})

describe('background refresh (STATS_REFRESH_INTERVAL_MS)', () => {
  let t: TestApp
  let replica: FastifyInstance
  beforeAll(async () => {
    requireRealPostgres()
    t = await createTestApp({ ...EXACT, STATS_REFRESH_INTERVAL_MS: '0' })
    replica = await replicaOf(t, 50)
  })
  afterAll(async () => {
    await replica?.close()
    await t?.close()
  })

  it('applies queued changes without any statistics read on the main database', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    await insertApplications(db, repeat(3, march), { drain: false })
    await vi.waitFor(async () => expect(await received(replica)).toBe(3), { timeout: 10_000, interval: 50 })
  })
})

describe('writes on a real PostgreSQL server', () => {
  let t: TestApp
  beforeAll(async () => {
    requireRealPostgres()
    t = await createTestApp({ ...EXACT, STATS_REFRESH_INTERVAL_MS: '0' })
  })
  afterAll(() => t?.close())

  it("an application write does not wait for another open transaction's statistics", async () => {
    const db = t.app.database.db
    await clearApplications(db)
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let inserted!: () => void
    const firstInserted = new Promise<void>((resolve) => {
      inserted = resolve
    })
    // The first writer inserts an application of the same month and municipalities and stays open.
    const first = db.transaction().execute(async (trx) => {
      await insertApplications(trx, [march(1)], { drain: false })
      inserted()
      await held
    })
    await firstInserted
    // The second must commit while the first is open; a lock on a shared counter would time out here.
    await db.transaction().execute(async (trx) => {
      await sql`set local lock_timeout = '2s'`.execute(trx)
      await insertApplications(trx, [march(2)], { drain: false })
    })
    release()
    await first
    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 2, distinctPersons: 2 }])
  })

  it('concurrent drains (two instances) apply every change exactly once', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    // 1,500 applications of 1,300 persons: one queue row per person, more than two batches of 500
    const apps = repeat(1_500, (i) => march(i % 1_300))
    await insertApplications(db, apps, { drain: false })
    const drained = await Promise.all([
      drainStatistics(db, { wait: true }),
      drainStatistics(db, { wait: false }),
      drainStatistics(db, { wait: true }),
    ])
    expect(drained.reduce((a, b) => a + b, 0)).toBe(1_300)
    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 1_500, distinctPersons: 1_300 }])
  })
})
