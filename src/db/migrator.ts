import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import { FileMigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration'

/** migrations/ at the project root, whether running from src/ or from the compiled dist/src/. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url))

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed against Kysely<any>
export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }),
  })
}

/** Throws with the failing migration's name; nothing is left half-applied (each runs in a transaction). */
export function assertMigrated(result: MigrationResultSet): void {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed: ${String(result.error)}`, { cause: result.error })
  }
}
