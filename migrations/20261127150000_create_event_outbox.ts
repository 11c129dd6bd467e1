import { type Kysely, sql } from 'kysely'

/**
 * The transactional outbox (issue 16): every change to an application writes its CloudEvent here in
 * the transaction that makes the change. Readers follow `position`; how they never pass an event
 * that commits later is explained in src/events/repository.ts. The municipalities are columns so
 * that the feed filters by visibility. No foreign key to the application: the outbox is a log of
 * what was published, kept apart from the rows it describes.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table event_outbox (
    position bigint generated always as identity primary key,
    id uuid not null unique default gen_random_uuid(),
    type text not null,
    application_id uuid not null,
    from_municipality char(3) not null,
    to_municipality char(3) not null,
    occurred_at timestamptz not null default now(),
    data jsonb not null
  )`.execute(db)
  await sql`create index event_outbox_to on event_outbox (to_municipality, position)`.execute(db)
  await sql`create index event_outbox_from on event_outbox (from_municipality, position)`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table event_outbox`.execute(db)
}
