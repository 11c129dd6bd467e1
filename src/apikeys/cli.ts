import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { DatabaseLockedError } from '../db/folder-lock.ts'
import { assertMigrated, createMigrator } from '../db/migrator.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import { listApiKeys, revokeApiKey } from './repository.ts'
import { isScope, SCOPES } from './scopes.ts'
import { createApiKey } from './service.ts'

const USAGE = `Usage:
  npm run apikey -- create --name <name> (--municipality <code> | --national) --scopes <a,b,…>
  npm run apikey -- list
  npm run apikey -- revoke <id or name>
Scopes: ${SCOPES.join(', ')}`

class UsageError extends Error {}

/** The audit trail's "who" for keys created or revoked here. */
function cliActor(): string {
  try {
    return `npm run apikey (${userInfo().username})`
  } catch {
    return 'npm run apikey'
  }
}

/**
 * Manages API keys in the configured database: a PostgreSQL server (DATABASE_URL) at any time, the
 * embedded one only while no server holds its folder (then the admin API /v1/api-keys does it).
 */
export async function runApiKeyCli(argv: string[], out: (line: string) => void): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      municipality: { type: 'string' },
      national: { type: 'boolean' },
      scopes: { type: 'string' },
    },
  })
  const [command, target] = positionals
  if (!command || !['create', 'list', 'revoke'].includes(command)) throw new UsageError(USAGE)
  const config = loadConfig()
  const database = await openDatabase(config.database)
  try {
    assertMigrated(await createMigrator(database.db).migrateToLatest())
    if (command === 'create') {
      const scopes = (values.scopes ?? '').split(',').filter(Boolean)
      const bad = scopes.filter((s) => !isScope(s))
      if (!values.name || scopes.length === 0 || bad.length > 0)
        throw new UsageError(`${USAGE}\nBad scopes: ${bad.join(', ')}`)
      if (Boolean(values.national) === Boolean(values.municipality)) {
        throw new UsageError('Give exactly one of --municipality <code> and --national')
      }
      const municipality = values.municipality ? normaliseMunicipalityCode(values.municipality) : null
      if (municipality === undefined) throw new UsageError(`Unknown municipality code ${values.municipality}`)
      const { row, key } = await createApiKey(
        database.db,
        { name: values.name, municipalityCode: municipality, scopes: scopes.filter(isScope) },
        cliActor(),
      )
      out(`Created key ${row.id} "${row.name}" (${municipality ?? 'national'}; ${row.scopes.join(', ')}).`)
      out('The key is shown once; store it now:')
      out(key)
    } else if (command === 'list') {
      for (const key of await listApiKeys(database.db)) {
        const created = `created ${key.created_at.toISOString()} by ${key.created_by}`
        const state = key.revoked_at
          ? `revoked ${key.revoked_at.toISOString()} by ${key.revoked_by ?? 'unknown'}`
          : 'active'
        out(
          `${key.id}  ${key.name}  ansvar_${key.key_prefix}_…  ${key.municipality_code ?? 'national'}  ${key.scopes.join(',')}  ${created}  ${state}`,
        )
      }
    } else {
      if (!target) throw new UsageError(USAGE)
      const revoked = await revokeApiKey(database.db, target, cliActor())
      if (revoked === 0) throw new UsageError(`No active key with id or name ${target}`)
      out(`Revoked ${revoked} key(s).`)
    }
  } finally {
    await database.close()
  }
}

if (import.meta.main) {
  try {
    await runApiKeyCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    // 64 EX_USAGE; 75 EX_TEMPFAIL: the embedded database is held by another process (try again later)
    process.exit(error instanceof UsageError ? 64 : error instanceof DatabaseLockedError ? 75 : 1)
  }
}
