import { type Kysely, sql } from 'kysely'

/**
 * Idempotency keys are stored as their SHA-256 (issue 13, item 3: a CPR number sent as a key was kept
 * in clear for a day), and any POST that changes state can honour one (item 5): the stored answer
 * keeps the headers a replay repeats (Location, ETag). Keys stored so far are hashed in place, so that
 * a retry within their lifetime still finds them.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update idempotency_key set key = encode(sha256(convert_to(key, 'UTF8')), 'hex')`.execute(db)
  await sql`alter table idempotency_key drop constraint idempotency_key_key_check`.execute(db)
  await sql`alter table idempotency_key add constraint idempotency_key_hashed check (key ~ '^[0-9a-f]{64}$')`.execute(
    db,
  )
  await sql`alter table idempotency_key add column response_headers jsonb`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_key drop column response_headers`.execute(db)
  await sql`alter table idempotency_key drop constraint idempotency_key_hashed`.execute(db)
  // the keys themselves cannot be recovered from their hashes; the hashes fit the old rule
  await sql`alter table idempotency_key add constraint idempotency_key_key_check check (length(key) between 1 and 255)`.execute(
    db,
  )
}
