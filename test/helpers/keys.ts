import type { FastifyInstance } from 'fastify'
import { generateApiKey } from '../../src/apikeys/keys.ts'
import { insertApiKey } from '../../src/apikeys/repository.ts'
import { SCOPES, type Scope } from '../../src/apikeys/scopes.ts'

/** Creates an API key in the app's database and returns its Authorization header. */
export async function keyHeader(
  app: FastifyInstance,
  name: string,
  municipality: string | null,
  scopes: readonly Scope[] = SCOPES.filter((s) => s !== 'admin'),
): Promise<{ authorization: string }> {
  const generated = generateApiKey()
  await insertApiKey(app.database.db, {
    name,
    key_hash: generated.hash,
    key_prefix: generated.prefix,
    municipality_code: municipality,
    scopes: [...scopes],
  })
  return { authorization: `Bearer ${generated.key}` }
}

/**
 * The three municipalities most tests play: the receiving municipality of the Swagger example
 * (København, 101), the departure municipality (Morsø, 773) and one with no part in it (Aarhus, 751).
 */
export async function municipalityKeys(
  app: FastifyInstance,
  scopes?: readonly Scope[],
): Promise<Record<'receiving' | 'departure' | 'outsider', { authorization: string }>> {
  return {
    receiving: await keyHeader(app, 'kk-erp', '101', scopes),
    departure: await keyHeader(app, 'morsoe-erp', '773', scopes),
    outsider: await keyHeader(app, 'aarhus-erp', '751', scopes),
  }
}
