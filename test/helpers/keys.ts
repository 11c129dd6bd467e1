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
