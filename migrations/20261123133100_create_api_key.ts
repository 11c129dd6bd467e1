import { type Kysely, sql } from 'kysely'

// API keys are stored as SHA-256 hashes of the secret; the key itself is shown once, at creation.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_key')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (col) => col.notNull().check(sql`length(name) between 1 and 100`))
    .addColumn('key_hash', 'char(64)', (col) => col.notNull().unique())
    .addColumn('key_prefix', 'text', (col) => col.notNull())
    .addColumn('municipality_code', 'char(3)', (col) => col.references('municipality.code'))
    .addColumn('scopes', sql`text[]`, (col) =>
      col
        .notNull()
        .check(
          sql`scopes <@ array['applications:read','applications:write','decisions:write','statistics:read','admin']::text[]`,
        ),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  // A name identifies a key in the audit trail: unique among the keys that are not revoked.
  await sql`create unique index api_key_active_name on api_key (name) where revoked_at is null`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_key').execute()
}
