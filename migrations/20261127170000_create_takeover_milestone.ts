import { type Kysely, sql } from 'kysely'

/**
 * Milestones of an approved takeover (contract signed, first company-based offer, …): append-only; a
 * correction is a new milestone that supersedes an earlier one of the same type (at most once), never
 * an edit. The audit trail gains the event type `milestone`.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table takeover_milestone (
    id uuid primary key default gen_random_uuid(),
    application_id uuid not null references takeover_application (id),
    type text not null check (type in ('contract_signed', 'contract_goal_stated', 'first_company_offer',
      'readiness_assessed', 'contract_followed_up', 'health_assessment_offered', 'company_offer')),
    date date not null,
    note text check (length(note) <= 2000),
    supersedes uuid unique references takeover_milestone (id),
    recorded_by text not null,
    recorded_at timestamptz not null default now()
  )`.execute(db)
  await sql`create index takeover_milestone_application on takeover_milestone (application_id, recorded_at)`.execute(
    db,
  )
  await sql`create trigger takeover_milestone_append_only before update or delete on takeover_milestone
    for each row execute function reject_change()`.execute(db)
  await sql`alter table application_event drop constraint application_event_type_check`.execute(db)
  await sql`alter table application_event add constraint application_event_type_check check (type in
    ('created', 'decision', 'move', 'withdrawal', 'appeal', 'appeal_decision', 'benefit_reduction', 'milestone'))`.execute(
    db,
  )
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table takeover_milestone`.execute(db)
  await sql`alter table application_event drop constraint application_event_type_check`.execute(db)
  await sql`alter table application_event add constraint application_event_type_check check (type in
    ('created', 'decision', 'move', 'withdrawal', 'appeal', 'appeal_decision', 'benefit_reduction'))`.execute(
    db,
  )
}
