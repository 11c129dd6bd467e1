import { type Kysely, sql } from 'kysely'

/**
 * Reading a decision letter (GET /v1/takeover-applications/{id}/decision-letter, issue 17) shows the
 * person's application like a read does, so it is written to the access log as its own action.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table access_log drop constraint access_log_action_check,
    add constraint access_log_action_check check (action in ('read', 'list', 'events', 'letter'))`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  // The log is append-only (trigger access_log_append_only); going back forgets the letter reads.
  await sql`alter table access_log disable trigger access_log_append_only`.execute(db)
  await sql`delete from access_log where action = 'letter'`.execute(db)
  await sql`alter table access_log enable trigger access_log_append_only`.execute(db)
  await sql`alter table access_log drop constraint access_log_action_check,
    add constraint access_log_action_check check (action in ('read', 'list', 'events'))`.execute(db)
}
