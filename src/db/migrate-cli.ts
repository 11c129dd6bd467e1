import { NO_MIGRATIONS } from 'kysely/migration'
import { loadConfig } from '../config.ts'
import { openDatabase } from './database.ts'
import { exitIfLocked } from './folder-lock.ts'
import { assertMigrated, createMigrator } from './migrator.ts'

/** `npm run db:migrate` migrates to the latest; `-- down` rolls back one; `-- reset` rolls back all. */
const direction = process.argv[2] ?? 'latest'
if (!['latest', 'down', 'reset'].includes(direction)) {
  process.stderr.write('Usage: npm run db:migrate [-- latest|down|reset]\n')
  process.exit(64)
}
const database = await openDatabase(loadConfig().database).catch(exitIfLocked)
try {
  const migrator = createMigrator(database.db)
  const result =
    direction === 'latest'
      ? await migrator.migrateToLatest()
      : direction === 'down'
        ? await migrator.migrateDown()
        : await migrator.migrateTo(NO_MIGRATIONS)
  for (const r of result.results ?? [])
    process.stdout.write(`${r.status}: ${r.direction} ${r.migrationName}\n`)
  assertMigrated(result)
  if ((result.results ?? []).length === 0) process.stdout.write('Nothing to do.\n')
} finally {
  await database.close()
}
