import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.ts'
import { lockDatabaseFolder } from './folder-lock.ts'
import type { Database } from './schema.ts'

/** PostgreSQL type OIDs whose default JS mapping we override (same for pg and PGlite). */
const OID = { INT8: 20, DATE: 1082 } as const

/**
 * DATE stays the `YYYY-MM-DD` string it is in the database: a JS Date would be shifted by the process's
 * time zone (style.md). INT8 (COUNT(*) results) becomes a number: counts here never exceed 2^53.
 */
const identity = (value: string) => value
const toNumber = (value: string) => Number(value)

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.DATE) return identity
    if (oid === OID.INT8) return toNumber
    return pg.types.getTypeParser(oid, format)
  },
} as pg.CustomTypesConfig

export interface DatabaseHandle {
  db: Kysely<Database>
  kind: 'postgres' | 'pglite'
  /** The embedded instance (PGlite only): the job queue shares it. */
  pglite?: PGlite
  /** The connection string (PostgreSQL only): the job queue opens its own small pool. */
  url?: string
  /** Throws when the database does not answer within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

/**
 * Bounds on waiting (issue 13, item 6: a withdrawal waited 29.1 s on a row locked by another session),
 * sent as session settings when each connection starts; 0 or absent = none. An expired wait fails the
 * statement (SQLSTATE 57014 or 55P03), which src/http/problem.ts answers 503 with Retry-After. PostgreSQL
 * only: PGlite is one session running one statement at a time, so nothing waits on another session.
 */
interface Timeouts {
  statementMs?: number
  lockMs?: number
}

export async function openDatabase(
  settings: Config['database'],
  timeouts: Timeouts = {},
): Promise<DatabaseHandle> {
  if (settings.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: settings.url,
      max: settings.poolMax,
      types: pgTypes,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'ansvar',
      ...(timeouts.statementMs ? { statement_timeout: timeouts.statementMs } : {}),
      ...(timeouts.lockMs ? { lock_timeout: timeouts.lockMs } : {}),
    })
    // An idle client losing its connection (server restart) must not crash the process; the pool
    // replaces it on the next checkout, which is what lets /health/ready recover without a restart.
    pool.on('error', () => {})
    pool.on('connect', (client) => client.on('error', () => {}))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      kind: 'postgres',
      url: settings.url,
      ping: (timeoutMs) => ping(db, timeoutMs),
      close: () => db.destroy(),
    }
  }
  const memory = settings.dir === 'memory://'
  // One process per folder (folder-lock.ts): the lock comes before anything in the folder is touched.
  let lock: Awaited<ReturnType<typeof lockDatabaseFolder>> | undefined
  if (!memory) {
    await mkdir(dirname(resolve(settings.dir)), { recursive: true })
    lock = await lockDatabaseFolder(settings.dir)
  }
  try {
    if (!memory) await mkdir(settings.dir, { recursive: true })
    // Loaded only for the embedded database: an instance on PostgreSQL never needs it.
    const { PGlite } = await import('@electric-sql/pglite')
    const pglite = await PGlite.create({
      ...(memory ? {} : { dataDir: settings.dir }),
      parsers: { [OID.DATE]: identity, [OID.INT8]: toNumber },
    })
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
    const close = async () => {
      try {
        await db.destroy()
      } finally {
        await lock?.release()
      }
    }
    return { db, kind: 'pglite', pglite, ping: (timeoutMs) => ping(db, timeoutMs), close }
  } catch (error) {
    await lock?.release()
    throw error
  }
}

async function ping(db: Kysely<Database>, timeoutMs = 2_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs)
  })
  try {
    await Promise.race([sql`select 1`.execute(db), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The databases of one app: the main one and the one statistics read from, each with its timeouts. */
interface Databases {
  main: DatabaseHandle
  stats: DatabaseHandle
  /** Statistics read the main database (through their own pool): they drain its queue before reading. */
  statsReadMain: boolean
  close(): Promise<void>
}

/**
 * Opens the main database with the statement and lock timeouts, migrating it first when asked (on
 * PostgreSQL through a connection of its own without the timeouts: a migration may rightly run long),
 * and the statistics pool with its own statement timeout: the replica of STATS_DATABASE_URL, or on
 * PostgreSQL a second small pool to the main database. `given`: an open main database (tests, scripts).
 */
export async function openDatabases(
  config: Pick<Config, 'database' | 'databaseTimeouts' | 'statsDatabaseUrl' | 'migrateOnStart'>,
  migrate: (db: DatabaseHandle) => Promise<void>,
  given?: DatabaseHandle,
): Promise<Databases> {
  const { statementMs, lockMs, statsStatementMs } = config.databaseTimeouts
  const opened: DatabaseHandle[] = []
  let main = given
  if (!main) {
    if (config.migrateOnStart && config.database.kind === 'postgres') {
      const migrator = await openDatabase({ ...config.database, poolMax: 1 })
      try {
        await migrate(migrator)
      } finally {
        await migrator.close()
      }
    }
    main = await openDatabase(config.database, { statementMs, lockMs })
    opened.push(main)
    if (config.migrateOnStart && config.database.kind === 'pglite') await migrate(main)
  } else if (config.migrateOnStart) {
    await migrate(main)
  }
  const statsUrl =
    config.statsDatabaseUrl ??
    (!given && config.database.kind === 'postgres' ? config.database.url : undefined)
  const stats = statsUrl
    ? await openDatabase({ kind: 'postgres', url: statsUrl, poolMax: 5 }, { statementMs: statsStatementMs })
    : main
  if (stats !== main) opened.push(stats)
  return {
    main,
    stats,
    statsReadMain: !config.statsDatabaseUrl,
    close: async () => {
      for (const handle of opened.reverse()) await handle.close()
    },
  }
}
