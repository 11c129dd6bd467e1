import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { Conflict } from '../errors.ts'
import type { ApiKeyRow } from './api-key.table.ts'
import { generateApiKey } from './keys.ts'
import { insertApiKey } from './repository.ts'
import type { Scope } from './scopes.ts'

interface NewApiKey {
  name: string
  /** Null for a national key. */
  municipalityCode: string | null
  scopes: readonly Scope[]
}

/**
 * Creates a key and returns it with its row: the key itself exists only in this answer (the database
 * keeps its SHA-256). `createdBy` is the audit trail's "who" (the admin key's name, or the CLI's user).
 */
export async function createApiKey(
  db: Kysely<Database>,
  input: NewApiKey,
  createdBy: string,
): Promise<{ row: ApiKeyRow; key: string }> {
  const generated = generateApiKey()
  try {
    const row = await insertApiKey(db, {
      name: input.name,
      key_hash: generated.hash,
      key_prefix: generated.prefix,
      municipality_code: input.municipalityCode,
      scopes: [...new Set(input.scopes)],
      created_by: createdBy,
    })
    return { row, key: generated.key }
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new Conflict(
        `An active key is already named "${input.name}": choose another name, or revoke that key first.`,
        { code: 'api-key-name-taken' },
      )
    }
    throw error
  }
}
