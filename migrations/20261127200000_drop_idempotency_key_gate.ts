import { type Kysely, sql } from 'kysely'

/**
 * The create is a plain transaction now (issue 15, item 1): it claims its Idempotency-Key first and
 * leaves when the key is taken, so no statement has to abort itself with `ansvar_key_taken()` (AN410,
 * migration 20261123180000).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop function ansvar_key_taken()`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`create function ansvar_key_taken() returns integer language plpgsql volatile as $fn$
    begin
      raise exception 'idempotency key taken' using errcode = 'AN410';
    end $fn$`.execute(db)
}
