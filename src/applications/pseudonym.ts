import { createHmac, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { CprNumber } from '../law/cpr-number.ts'

/** Maps a CPR number to its pseudonym: HMAC-SHA256 under a secret key, hex. Never reversible without the key. */
export type Pseudonymiser = (cpr: CprNumber) => string

const SETTING = 'cpr_hash_secret'

/**
 * The HMAC key: CPR_HASH_SECRET when set (production: keep it outside the database), else a random key
 * generated once and kept in `app_setting`, so that a fresh `npm start` links repeat applicants across
 * restarts. The insert-then-read is safe when several instances start at once.
 */
export async function loadPseudonymiser(
  db: Kysely<Database>,
  configured: string | undefined,
): Promise<Pseudonymiser> {
  let secret = configured
  if (!secret) {
    await db
      .insertInto('app_setting')
      .values({ name: SETTING, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    const row = await db
      .selectFrom('app_setting')
      .select('value')
      .where('name', '=', SETTING)
      .executeTakeFirstOrThrow()
    secret = row.value
  }
  const key = secret
  return (cpr) => createHmac('sha256', key).update(cpr.digits).digest('hex')
}
