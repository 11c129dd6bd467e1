import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../src/db/database.ts'
import { assertMigrated, createMigrator } from '../src/db/migrator.ts'
import { adminQuery, type TestDatabaseInfo, uniqueDatabaseName, withDatabase } from './helpers/postgres.ts'

/**
 * Picks the database the tests run against, in this order:
 * 1. DATABASE_URL — a real PostgreSQL server (CI);
 * 2. testcontainers — when a Docker engine answers, a throwaway PostgreSQL 17 container;
 * 3. a local PostgreSQL on the libpq defaults (PGHOST/PGPORT/PGUSER, else 127.0.0.1:5432 as postgres),
 *    when one answers within a second;
 * 4. embedded PGlite (TEST_DATABASE=pglite forces it).
 * On a server, one template database is migrated once and every test file clones its own from it, so
 * files run in parallel without cleaners. Suites that need a real server (concurrency, isolation)
 * fail under PGlite rather than skip.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const teardowns: (() => Promise<void>)[] = []
  const info = await chooseDatabase(teardowns)
  if (info.kind === 'postgres') {
    await adminQuery(info.adminUrl, `create database ${info.template}`)
    teardowns.unshift(() =>
      adminQuery(info.adminUrl, `drop database if exists ${info.template} with (force)`),
    )
    const handle = await openDatabase({
      kind: 'postgres',
      url: withDatabase(info.adminUrl, info.template),
      poolMax: 2,
    })
    try {
      assertMigrated(await createMigrator(handle.db).migrateToLatest())
    } finally {
      await handle.close()
    }
  }
  process.stdout.write(
    `[tests] database: ${info.kind === 'postgres' ? `PostgreSQL (${info.source})` : 'embedded PGlite'}\n`,
  )
  project.provide('testDatabase', info)
  return async () => {
    for (const teardown of teardowns) await teardown()
  }
}

async function chooseDatabase(teardowns: (() => Promise<void>)[]): Promise<TestDatabaseInfo> {
  const template = uniqueDatabaseName('ansvar_template')
  if (process.env.TEST_DATABASE === 'pglite') return { kind: 'pglite' }
  if (process.env.DATABASE_URL) {
    return { kind: 'postgres', source: 'DATABASE_URL', adminUrl: process.env.DATABASE_URL, template }
  }
  if (process.env.DOCKER_HOST || existsSync('/var/run/docker.sock')) {
    const url = await startContainer(teardowns)
    if (url) return { kind: 'postgres', source: 'testcontainers', adminUrl: url, template }
  }
  const localUrl = `postgres://${process.env.PGUSER ?? 'postgres'}@${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? '5432'}/${process.env.PGDATABASE ?? 'postgres'}`
  try {
    await adminQuery(localUrl, 'select 1')
    return { kind: 'postgres', source: 'local', adminUrl: localUrl, template }
  } catch {
    return { kind: 'pglite' }
  }
}

async function startContainer(teardowns: (() => Promise<void>)[]): Promise<string | undefined> {
  try {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql')
    const container = await new PostgreSqlContainer('postgres:17-alpine').start()
    teardowns.push(async () => {
      await container.stop()
    })
    return container.getConnectionUri()
  } catch (error) {
    process.stdout.write(`[tests] Docker present but no container started (${String(error)}); falling back\n`)
    return undefined
  }
}
