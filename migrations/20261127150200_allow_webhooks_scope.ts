import { type Kysely, sql } from 'kysely'

/** The API key scope `webhooks:write` (issue 16): manage a municipality's webhook subscriptions. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table api_key drop constraint api_key_scopes_check`.execute(db)
  await sql`alter table api_key add constraint api_key_scopes_check check (scopes <@ array[
    'applications:read','applications:write','decisions:write','statistics:read','admin','webhooks:write'
  ]::text[])`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table api_key drop constraint api_key_scopes_check`.execute(db)
  await sql`alter table api_key add constraint api_key_scopes_check check (scopes <@ array[
    'applications:read','applications:write','decisions:write','statistics:read','admin'
  ]::text[])`.execute(db)
}
