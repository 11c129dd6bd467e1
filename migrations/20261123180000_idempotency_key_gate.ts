import { type Kysely, sql } from 'kysely'

/**
 * A create with an Idempotency-Key is written by one statement (issue 8): it claims the key, stores
 * the application, its event and the answer, and must write nothing when the key is already taken.
 * A data-modifying statement cannot skip its other parts, so it fails instead: `ansvar_key_taken()`
 * raises SQLSTATE AN410, which the service turns into the replay of the stored answer. Volatile, so
 * that the planner never evaluates it ahead of the condition guarding it.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function ansvar_key_taken() returns integer language plpgsql volatile as $fn$
    begin
      raise exception 'idempotency key taken' using errcode = 'AN410';
    end $fn$`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ansvar_key_taken()`.execute(db)
}
