import { type Kysely, sql } from 'kysely'

/**
 * § 18 takeover applications, their append-only audit trail, the access log, idempotency keys and
 * recorded benefit reductions. The lifecycle is a state machine enforced by the database itself
 * (a trigger on status changes and CHECK constraints tying each status to its fields), so that no
 * code path can store an impossible application.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table app_setting (
    name text primary key,
    value text not null,
    created_at timestamptz not null default now()
  )`.execute(db)

  await sql`create table takeover_application (
    id uuid primary key default gen_random_uuid(),
    external_reference text not null check (length(external_reference) between 1 and 200),
    person_hash char(64) not null,
    category text not null check (category in
      ('refugee', 'quota_refugee', 'family_reunified_to_refugee', 'family_reunified', 'ukrainian_displaced')),
    from_municipality char(3) not null references municipality (code),
    to_municipality char(3) not null references municipality (code),
    received_date date not null,
    planned_move_date date,
    responsibility_date date,
    visitation_decision_date date,
    residence_permit_date date,
    cpr_registration_date date,
    grounds jsonb not null check (jsonb_typeof(grounds) = 'array'),
    ground_types text[] not null,
    assessment jsonb not null,
    assessment_outcome text not null check (assessment_outcome in ('obligated', 'individual_assessment', 'not_obligated')),
    handover_dates jsonb,
    status text not null default 'received'
      check (status in ('received', 'decided', 'appealed', 'appeal_decided', 'withdrawn')),
    decision_outcome text check (decision_outcome in ('approved', 'refused')),
    decision_date date,
    decision_legal_basis text check (decision_legal_basis in ('obligated', 'voluntary')),
    decision_justification text,
    decision_conditions jsonb,
    refused_although_obligated boolean not null default false,
    move_date date,
    takeover_effective_date date,
    withdrawn_date date,
    appeal_lodged_date date,
    appeal_outcome text check (appeal_outcome in ('upheld', 'changed', 'remitted', 'dismissed')),
    appeal_decision_date date,
    version integer not null default 1 check (version >= 1),
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint different_municipalities check (from_municipality <> to_municipality),
    constraint decided_has_decision check (
      (status in ('decided', 'appealed', 'appeal_decided')) = (decision_outcome is not null and decision_date is not null)),
    constraint approval_has_legal_basis check ((decision_outcome = 'approved') = (decision_legal_basis is not null)),
    constraint refusal_of_obligated_is_justified check (not refused_although_obligated or decision_justification is not null),
    constraint decision_after_receipt check (decision_date >= received_date),
    constraint withdrawn_has_date check ((status = 'withdrawn') = (withdrawn_date is not null)),
    constraint appealed_has_lodged_date check ((status in ('appealed', 'appeal_decided')) = (appeal_lodged_date is not null)),
    constraint appeal_after_decision check (appeal_lodged_date >= decision_date),
    constraint appeal_decided_has_outcome check (
      (status = 'appeal_decided') = (appeal_outcome is not null and appeal_decision_date is not null)),
    constraint appeal_decision_after_lodging check (appeal_decision_date >= appeal_lodged_date),
    constraint effective_date_needs_approval check (takeover_effective_date is null or decision_outcome = 'approved')
  )`.execute(db)

  // The state machine: received → decided → appealed → appeal_decided; received → withdrawn.
  await sql`create function takeover_application_transition() returns trigger language plpgsql as $$
    begin
      if new.status is distinct from old.status and not (
        (old.status = 'received' and new.status in ('decided', 'withdrawn')) or
        (old.status = 'decided' and new.status = 'appealed') or
        (old.status = 'appealed' and new.status = 'appeal_decided')
      ) then
        raise exception 'impossible transition % -> %', old.status, new.status using errcode = 'AN409';
      end if;
      new.version := old.version + 1;
      new.updated_at := now();
      return new;
    end $$`.execute(db)
  await sql`create trigger takeover_application_transition before update on takeover_application
    for each row execute function takeover_application_transition()`.execute(db)

  // Indexes for the list filters and the statistics (keyset pagination on received_date, id).
  await sql`create index takeover_application_to_received on takeover_application (to_municipality, received_date desc, id desc)`.execute(
    db,
  )
  await sql`create index takeover_application_from_received on takeover_application (from_municipality, received_date desc, id desc)`.execute(
    db,
  )
  await sql`create index takeover_application_received on takeover_application (received_date desc, id desc)`.execute(
    db,
  )
  await sql`create index takeover_application_status on takeover_application (status)`.execute(db)
  await sql`create index takeover_application_person on takeover_application (person_hash)`.execute(db)
  await sql`create index takeover_application_external_reference on takeover_application (external_reference)`.execute(
    db,
  )
  await sql`create index takeover_application_ground_types on takeover_application using gin (ground_types)`.execute(
    db,
  )
  await sql`create index takeover_application_decision_date on takeover_application (decision_date) where decision_date is not null`.execute(
    db,
  )

  await sql`create table application_event (
    id bigint generated always as identity primary key,
    application_id uuid not null references takeover_application (id),
    type text not null check (type in
      ('created', 'decision', 'move', 'withdrawal', 'appeal', 'appeal_decision', 'benefit_reduction')),
    actor text not null,
    actor_municipality char(3),
    occurred_at timestamptz not null default now(),
    status_before text,
    status_after text,
    details jsonb not null default '{}'::jsonb
  )`.execute(db)
  await sql`create index application_event_application on application_event (application_id, id)`.execute(db)
  // Append-only: the audit trail can be added to, never changed.
  await sql`create function reject_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name using errcode = 'AN405';
    end $$`.execute(db)
  await sql`create trigger application_event_append_only before update or delete on application_event
    for each row execute function reject_change()`.execute(db)

  // Who read which person's application, when (access log, as Danish public-sector practice requires).
  await sql`create table access_log (
    id bigint generated always as identity primary key,
    application_id uuid references takeover_application (id),
    person_hash char(64),
    action text not null check (action in ('read', 'list', 'events')),
    actor text not null,
    actor_municipality char(3),
    accessed_at timestamptz not null default now()
  )`.execute(db)
  await sql`create index access_log_person on access_log (person_hash, accessed_at)`.execute(db)
  await sql`create index access_log_application on access_log (application_id, accessed_at)`.execute(db)
  await sql`create trigger access_log_append_only before update or delete on access_log
    for each row execute function reject_change()`.execute(db)

  await sql`create table idempotency_key (
    client_id text not null,
    key text not null check (length(key) between 1 and 255),
    request_hash char(64) not null,
    status_code integer,
    response_body jsonb,
    resource_id uuid,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    primary key (client_id, key)
  )`.execute(db)
  await sql`create index idempotency_key_expires on idempotency_key (expires_at)`.execute(db)

  await sql`create table benefit_reduction (
    id uuid primary key default gen_random_uuid(),
    application_id uuid not null references takeover_application (id),
    decided_reduction_percent integer not null check (decided_reduction_percent between 0 and 100),
    max_proportionate_reduction_percent integer check (max_proportionate_reduction_percent between 0 and 100),
    verdict text not null check (verdict in ('proportionate', 'disproportionate', 'insufficient_information')),
    effective_date date not null,
    moved_back_date date,
    full_benefit_restored_date date,
    justification text,
    assessment jsonb not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    constraint restored_after_move_back check ((moved_back_date is null) = (full_benefit_restored_date is null)),
    constraint moved_back_after_effective check (moved_back_date >= effective_date)
  )`.execute(db)
  await sql`create index benefit_reduction_application on benefit_reduction (application_id)`.execute(db)
  await sql`create index benefit_reduction_effective on benefit_reduction (effective_date)`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'benefit_reduction',
    'idempotency_key',
    'access_log',
    'application_event',
    'takeover_application',
    'app_setting',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
  await sql`drop function reject_change()`.execute(db)
  await sql`drop function takeover_application_transition()`.execute(db)
}
