/**
 * The statistics cubes follow the writes from a queue (migration 20261123170000): a write only queues
 * its persons, a background drain and every statistics read on the main database apply them. Counts
 * must still include every committed write, and a write must never wait for another write's counters.
 */
import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../../src/db/schema.ts'
import { drainStatistics } from '../../src/statistics/refresh.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'
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

const pending = async (db: Kysely<Database>) =>
  Number((await sql<{ n: string }>`select count(*) as n from stats_pending`.execute(db)).rows[0]!.n)

/** Applications counted in the national cube for March 2025 (what a dashboard would read). */
const counted = async (db: Kysely<Database>) =>
  Number(
    (
      await sql<{ n: string | null }>`select sum(facts) as n from stats_cube_national
        where kind = 'application' and ground_type = '' and month = '2025-03-01'`.execute(db)
    ).rows[0]!.n ?? 0,
  )

describe('statistics read on the main database, no background refresh', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ ...EXACT, STATS_REFRESH_INTERVAL_MS: '0' })
  })
  afterAll(() => t.close())

  it('a write only queues its persons; the next statistics read applies them and counts every write', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    await insertApplications(db, repeat(7, march), { drain: false })
    expect(await pending(db)).toBe(7)
    expect(await counted(db)).toBe(0)

    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 7, distinctPersons: 7 }])
    expect(await pending(db)).toBe(0)
    expect(await counted(db)).toBe(7)
  })

  it('draining twice, or a person queued twice, changes nothing (a refresh recomputes from the rows)', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    await insertApplications(db, [march(1), march(1), march(2)], { drain: false })
    await sql`insert into stats_pending (person_hash) select person_hash from takeover_application`.execute(
      db,
    )
    // one queue row per person and statement (2), and the 3 queued again by hand
    expect(await drainStatistics(db, { wait: true })).toBe(5)
    expect(await drainStatistics(db, { wait: true })).toBe(0)
    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 3, distinctPersons: 2 }])
  })
})

describe('background refresh (STATS_REFRESH_INTERVAL_MS)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ ...EXACT, STATS_REFRESH_INTERVAL_MS: '50' })
  })
  afterAll(() => t.close())

  it('applies queued changes without any statistics read', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    await insertApplications(db, repeat(3, march), { drain: false })
    await vi.waitFor(
      async () => {
        expect(await pending(db)).toBe(0)
        expect(await counted(db)).toBe(3)
      },
      { timeout: 10_000, interval: 50 },
    )
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
    expect(await pending(db)).toBe(1) // the first one's queue row is not committed yet
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
    expect(await pending(db)).toBe(0)
    const { data } = await getStatistics(t.app, PATH, BOOTSTRAP_AUTH)
    expect(data).toMatchObject([{ received: 1_500, distinctPersons: 1_300 }])
  })
})
