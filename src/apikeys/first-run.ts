import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { countApiKeys } from './repository.ts'
import { SCOPES } from './scopes.ts'
import { createApiKey } from './service.ts'

/**
 * From `npm start` to an authorised call in a minute (issue 12): on the embedded default, bound to the
 * loopback interface, with no key at all and no AUTH_BOOTSTRAP_KEY, the server makes a first national
 * admin key and prints it once. Only there: that is one person's machine. Anywhere else (a PostgreSQL
 * server, a container bound to 0.0.0.0) nothing secret is printed and the start says how to get a key.
 */
export const FIRST_KEY_NAME = 'first-admin'

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** The key, when one was made now; undefined when the conditions above do not hold or keys exist. */
export async function createFirstAdminKey(
  db: Kysely<Database>,
  config: Readonly<Config>,
): Promise<{ id: string; key: string } | undefined> {
  if (config.database.kind !== 'pglite' || !isLoopbackHost(config.host) || config.authBootstrapKey) return
  // The folder lock (db/folder-lock.ts) makes this process the only one on the database: no race.
  if ((await countApiKeys(db)) > 0) return
  const { row, key } = await createApiKey(
    db,
    { name: FIRST_KEY_NAME, municipalityCode: null, scopes: SCOPES },
    'first start',
  )
  return { id: row.id, key }
}

const CLI_EXAMPLE = `npm run apikey -- create --name my-admin --national --scopes ${SCOPES.join(',')}`

/** What a person reads in the terminal after the start: where the docs are and how to get a key. */
export function startMessage(
  baseUrl: string,
  config: Readonly<Config>,
  firstKey: { id: string; key: string } | undefined,
): string {
  const lines = [
    `Ansvar is listening on ${baseUrl}`,
    `  API documentation (Swagger UI): ${baseUrl}/docs   OpenAPI document: ${baseUrl}/openapi.json`,
    '',
  ]
  if (firstKey) {
    lines.push(
      `  This database had no API key, so a national admin key "${FIRST_KEY_NAME}" was made. It is shown`,
      '  only now; copy it, press "Authorize" in Swagger UI and paste it:',
      '',
      `      ${firstKey.key}`,
      '',
      '  Make narrower keys with POST /v1/api-keys, and revoke this one when you no longer need it',
      `  (DELETE /v1/api-keys/${firstKey.id}).`,
    )
  } else if (config.authBootstrapKey) {
    const key = config.authBootstrapKey
    lines.push(
      isLoopbackHost(config.host)
        ? `  The bootstrap key from AUTH_BOOTSTRAP_KEY is active (a national admin key): ${key}`
        : `  The bootstrap key from AUTH_BOOTSTRAP_KEY is active (a national admin key ending in …${key.slice(-4)}; not printed on a non-loopback address).`,
      '  Press "Authorize" in Swagger UI and paste it; make narrower keys with POST /v1/api-keys.',
    )
  } else {
    lines.push(
      '  To call /v1 you need an API key (Authorization: Bearer <key>). With the server running, an admin',
      '  key makes one with POST /v1/api-keys. Otherwise: set AUTH_BOOTSTRAP_KEY, or (PostgreSQL at any',
      '  time, the embedded database while no server runs on it)',
      `      ${CLI_EXAMPLE}`,
    )
  }
  return `${lines.join('\n')}\n`
}
