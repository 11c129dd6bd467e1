import type { Kysely } from 'kysely'

// Who created and who revoked each API key (issue 12): the admin API and the CLI record the caller.
// Keys created before this migration (or by code that does not say) are attributed to 'unknown';
// created_at and revoked_at say when.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('api_key')
    .addColumn('created_by', 'text', (col) => col.notNull().defaultTo('unknown'))
    .addColumn('revoked_by', 'text')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_key').dropColumn('created_by').dropColumn('revoked_by').execute()
}
