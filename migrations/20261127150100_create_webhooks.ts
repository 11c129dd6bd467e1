import { type Kysely, sql } from 'kysely'

/**
 * Webhook subscriptions and their deliveries (issue 16). A subscription belongs to a municipality
 * (null: a national key's, which sees every event). One delivery per subscription and event; the
 * delivery work itself runs on pg-boss's queue (its own schema `pgboss`, which pg-boss installs and
 * migrates). `webhook_dispatch` is the fan-out's cursor into the outbox: one row, locked by the
 * instance that fans out, so that each event becomes each subscription's delivery once.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table webhook_subscription (
    id uuid primary key default gen_random_uuid(),
    municipality_code char(3) references municipality (code),
    url text not null check (length(url) <= 2000),
    types text[] not null check (cardinality(types) > 0),
    secret text not null,
    created_by text not null,
    created_at timestamptz not null default now()
  )`.execute(db)
  await sql`create index webhook_subscription_municipality on webhook_subscription (municipality_code)`.execute(
    db,
  )
  await sql`create table webhook_delivery (
    id uuid primary key,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    event_position bigint not null references event_outbox (position),
    status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts integer not null default 0,
    created_at timestamptz not null default now(),
    last_attempt_at timestamptz,
    delivered_at timestamptz,
    response_status integer,
    response_body text check (length(response_body) <= 1024),
    error text,
    unique (subscription_id, event_position)
  )`.execute(db)
  await sql`create table webhook_dispatch (
    id integer primary key check (id = 1),
    position bigint not null
  )`.execute(db)
  // Subscriptions see the events from their creation on: the fan-out starts at the outbox's end.
  await sql`insert into webhook_dispatch (id, position) select 1, coalesce(max(position), 0) from event_outbox`.execute(
    db,
  )
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table webhook_dispatch`.execute(db)
  await sql`drop table webhook_delivery`.execute(db)
  await sql`drop table webhook_subscription`.execute(db)
}
