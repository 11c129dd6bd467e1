import { sql } from 'kysely'
import { NO_MIGRATIONS } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import type { Config } from '../../src/config.ts'
import { openDatabase } from '../../src/db/database.ts'
import { assertMigrated, createMigrator } from '../../src/db/migrator.ts'
import { createTestDatabase } from '../helpers/app.ts'

/** Runs the same assertions on the database the suite was given and on embedded PGlite. */
async function onEachKind(check: (settings: Config['database']) => Promise<void>): Promise<void> {
  const server = await createTestDatabase()
  try {
    await check(server.settings)
  } finally {
    await server.drop()
  }
  await check({ kind: 'pglite', dir: 'memory://' })
}

describe('database layer', { timeout: 120_000 }, () => {
  it('reads DATE columns as YYYY-MM-DD strings, never as time-zone-shifted JS Dates (pg and PGlite)', async () => {
    await onEachKind(async (settings) => {
      const database = await openDatabase(settings)
      try {
        const row = await sql<{
          d: unknown
          n: unknown
        }>`select date '2024-02-29' as d, count(*) as n from (values (1), (2)) v(x)`.execute(database.db)
        expect(row.rows[0]).toEqual({ d: '2024-02-29', n: 2 })
      } finally {
        await database.close()
      }
    })
  })

  it('migrates up, all the way down and up again (pg and PGlite)', async () => {
    await onEachKind(async (settings) => {
      const database = await openDatabase(settings)
      try {
        const migrator = createMigrator(database.db)
        assertMigrated(await migrator.migrateToLatest())
        const count = await database.db
          .selectFrom('municipality')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
        expect(count?.n).toBe(98)
        const down = await migrator.migrateTo(NO_MIGRATIONS)
        assertMigrated(down)
        expect(down.results?.every((r) => r.direction === 'Down' && r.status === 'Success')).toBe(true)
        const tables = await sql<{
          n: number
        }>`select count(*) as n from information_schema.tables where table_schema = 'public' and table_name in ('municipality', 'api_key', 'takeover_application', 'application_event', 'access_log', 'idempotency_key', 'benefit_reduction', 'app_setting')`.execute(
          database.db,
        )
        expect(tables.rows[0]?.n).toBe(0)
        assertMigrated(await migrator.migrateToLatest())
      } finally {
        await database.close()
      }
    })
  })

  it('persists the embedded database in its folder across restarts', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const dir = await mkdtemp('/tmp/ansvar-pglite-')
    try {
      const first = await openDatabase({ kind: 'pglite', dir })
      assertMigrated(await createMigrator(first.db).migrateToLatest())
      await first.close()
      const second = await openDatabase({ kind: 'pglite', dir })
      const row = await second.db
        .selectFrom('municipality')
        .select('name')
        .where('code', '=', '101')
        .executeTakeFirst()
      await second.close()
      expect(row?.name).toBe('København')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
