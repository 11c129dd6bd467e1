import { type Kysely, sql } from 'kysely'

/**
 * Statistics cubes refreshed from a queue instead of inside every write (issue 8).
 *
 * Until now each insert or update of an application refreshed the person's cube rows in the writing
 * transaction. The cube rows are counters that many applications share (the national row of a month,
 * a municipality's row), so every create held a lock on the same rows until it committed: concurrent
 * creates queued behind one another's commit, and one raw INSERT of an application managed ~230 per
 * second on PostgreSQL. Now the triggers only append the affected persons to `stats_pending` (an
 * insert that shares no row with any other writer), and `stats_drain()` refreshes them in batches, one
 * drainer at a time: every instance runs it in the background, and a statistics read on the main
 * database drains what is left before it reads, so its figures include every committed write.
 *
 * Why the drain is safe: it deletes a batch of queue rows in one statement and refreshes those persons
 * from the base tables in a later statement, which (read committed) sees every change whose queue row
 * the delete saw. A change committed after the delete leaves its own queue row for the next drain.
 * Refreshing a person recomputes their rows from scratch, so draining one twice changes nothing.
 *
 * Batches also change how the refresh finds the persons: `person_hash = any(affected)` with hundreds
 * of char(64) values made the planner scan the whole contribution table and compare each row with
 * every value (4.5 s for 500 persons at 57,000 applications); a join on `unnest(affected)` uses the
 * person index.
 */
/**
 * Copied from migration 20261123150000 as it stood when this one was written (a migration is frozen in
 * time and imports no other): the persons a statement changed, per table and event (the triggers) …
 */
const TRIGGER_PERSONS = {
  application: {
    insert: 'select array_agg(distinct person_hash) from new_rows',
    update:
      'select array_agg(distinct person_hash) from (select person_hash from new_rows union select person_hash from old_rows) x',
    delete: 'select array_agg(distinct person_hash) from old_rows',
  },
  reduction: {
    insert:
      'select array_agg(distinct a.person_hash) from new_rows r join takeover_application a on a.id = r.application_id',
    update: `select array_agg(distinct a.person_hash) from takeover_application a
      where a.id in (select application_id from new_rows union select application_id from old_rows)`,
    delete:
      'select array_agg(distinct a.person_hash) from old_rows r join takeover_application a on a.id = r.application_id',
  },
}

/** … and `stats_contributions_of` / `stats_refresh` for the persons `inAffected(column)` selects. */
function refreshFunctions(inAffected: (column: string) => string): string[] {
  return [
    `create or replace function stats_contributions_of(affected char(64)[]) returns setof stats_contribution
      language sql stable as $fn$ 
  with app as (
    select a.id, a.person_hash, a.received_date, a.to_municipality, a.from_municipality, a.category,
      a.assessment_outcome,
      coalesce(a.decision_outcome, case when a.status = 'withdrawn' then 'withdrawn' else 'pending' end) as outcome,
      a.grounds @> '[{"type": "discrimination", "lgbtqRelated": true}]'::jsonb as lgbtq,
      array(select distinct g from unnest(a.ground_types) g order by g) as ground_types,
      a.decision_date, a.appeal_lodged_date, a.appeal_outcome
    from takeover_application a
    where ${inAffected('a.person_hash')}
  ),
  fact as (
    select 'application'::text as kind, id, person_hash, received_date as event_date, to_municipality,
      from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types, null::integer as value
    from app
    union all
    select 'reduction', r.id, app.person_hash, r.effective_date, app.to_municipality, app.from_municipality,
      app.category, app.assessment_outcome, app.outcome, app.lgbtq, app.ground_types, r.decided_reduction_percent
    from benefit_reduction r join app on app.id = r.application_id
  ),
  numbered as (
    select fact.*, stats_month(event_date) as month,
      row_number() over (partition by person_hash, kind order by event_date, id) as ord,
      count(*) over (partition by person_hash, kind) as n
    from fact
  ),
  member as (
    select s.person_hash, s.kind, b.mask, f.month, f.to_municipality, f.from_municipality, f.category,
      f.assessment_outcome, f.outcome, f.lgbtq, f.ground_types,
      count(*) over (partition by s.person_hash, s.kind, b.mask) as k
    from (select distinct person_hash, kind, n from numbered where n between 2 and 8) s
    cross join lateral generate_series(1, (1 << s.n::integer) - 1) b(mask)
    join numbered f on f.person_hash = s.person_hash and f.kind = s.kind
      and (b.mask >> (f.ord::integer - 1)) & 1 = 1
  ),
  combo as (
    select person_hash, kind, mask, max(k) as k, max(month) as month, min(month) as min_month,
      case when count(distinct to_municipality) = 1 then min(to_municipality) end as to_municipality,
      case when count(distinct from_municipality) = 1 then min(from_municipality) end as from_municipality,
      case when count(distinct category) = 1 then min(category) end as category,
      case when count(distinct assessment_outcome) = 1 then min(assessment_outcome) end as assessment_outcome,
      case when count(distinct outcome) = 1 then min(outcome) end as outcome,
      case when bool_and(lgbtq) = bool_or(lgbtq) then bool_and(lgbtq) end as lgbtq
    from member where k >= 2
    group by person_hash, kind, mask
  ),
  common_ground as (
    select person_hash, kind, mask, array_agg(g order by g) as ground_types
    from (select person_hash, kind, mask, g from member cross join lateral unnest(ground_types) g
          where k >= 2 group by person_hash, kind, mask, g having count(*) = max(k)) x
    group by person_hash, kind, mask
  ),
  common_municipality as (
    select person_hash, kind, mask, array_agg(m order by m) as involved
    from (select person_hash, kind, mask, m
          from member cross join lateral unnest(array[to_municipality, from_municipality]) m
          where k >= 2 group by person_hash, kind, mask, m having count(*) = max(k)) x
    group by person_hash, kind, mask
  )
  select person_hash, kind, month, month as min_month, 1 as facts, case when n <= 8 then 1 else 0 end as persons,
    to_municipality, from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types,
    array[to_municipality, from_municipality]::char(3)[] as involved, value, null::text as detail
  from numbered
  union all
  select c.person_hash, c.kind, c.month, c.min_month, 0, case when c.k % 2 = 1 then 1 else -1 end,
    c.to_municipality, c.from_municipality, c.category, c.assessment_outcome, c.outcome, c.lgbtq,
    coalesce(g.ground_types, '{}'), coalesce(m.involved, '{}')::char(3)[], null, null
  from combo c
  left join common_ground g using (person_hash, kind, mask)
  left join common_municipality m using (person_hash, kind, mask)
  union all
  select person_hash, 'decision', stats_month(decision_date), stats_month(decision_date), 1, 0,
    to_municipality, from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types,
    array[to_municipality, from_municipality]::char(3)[], decision_date - received_date, null
  from app where decision_date is not null
  union all
  select person_hash, 'appeal', stats_month(appeal_lodged_date), stats_month(appeal_lodged_date), 1, 0,
    to_municipality, from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types,
    array[to_municipality, from_municipality]::char(3)[], null, coalesce(appeal_outcome, 'pending')
  from app where appeal_lodged_date is not null $fn$`,
    `create or replace function stats_refresh(affected char(64)[]) returns void language plpgsql as $fn$
    begin
      if affected is null or cardinality(affected) = 0 then return; end if;
      -- Lock the affected persons' contributions in a stable order so that concurrent refreshes of
      -- overlapping persons serialise instead of double-counting.
      perform pg_advisory_xact_lock(h) from (select distinct hashtext(p) as h from unnest(affected) p order by 1) x;
      with old as (delete from stats_contribution where ${inAffected('person_hash')} returning *),
      new as (insert into stats_contribution select * from stats_contributions_of(affected) returning *),
      delta as (select *, -1 as sign from old union all select *, 1 as sign from new),
      cube0 as (insert into stats_cube_national (kind, ground_type, month, min_month, outcome, lgbtq, value, detail, facts, persons)
    select kind, g, month, min_month, outcome, lgbtq, value, detail, sum(facts * sign), sum(persons * sign)
    from delta 
      cross join lateral unnest(case when kind in ('application', 'decision', 'appeal', 'reduction') then array[''] || ground_types
        else array['']::text[] end) g
    where kind in ('application', 'decision', 'appeal', 'reduction')
    group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (kind, ground_type, month, min_month, outcome, lgbtq, value, detail) do update
      set facts = stats_cube_national.facts + excluded.facts, persons = stats_cube_national.persons + excluded.persons returning 1),
cube1 as (insert into stats_cube_national_detail (kind, ground_type, month, min_month, category, assessment_outcome, outcome, lgbtq, value, detail, facts, persons)
    select kind, g, month, min_month, category, assessment_outcome, outcome, lgbtq, value, detail, sum(facts * sign), sum(persons * sign)
    from delta 
      cross join lateral unnest(case when kind in ('application', 'appeal', 'reduction') then array[''] || ground_types
        else array['']::text[] end) g
    where kind in ('application', 'appeal', 'reduction')
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    on conflict (kind, ground_type, month, min_month, category, assessment_outcome, outcome, lgbtq, value, detail) do update
      set facts = stats_cube_national_detail.facts + excluded.facts, persons = stats_cube_national_detail.persons + excluded.persons returning 1),
      _ as (select 1)
      insert into stats_cube_municipality (kind, municipality, role, ground_type, month, min_month, outcome, lgbtq, value, detail, facts, persons)
    select kind, m, case when m = to_municipality then 'receiving' when m = from_municipality then 'departure' end, g, month, min_month, outcome, lgbtq, value, detail, sum(facts * sign), sum(persons * sign)
    from delta cross join lateral unnest(involved) m
      cross join lateral unnest(case when kind in ('application', 'appeal', 'reduction') then array[''] || ground_types
        else array['']::text[] end) g
    where kind in ('application', 'decision', 'appeal', 'reduction')
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    on conflict (kind, municipality, role, ground_type, month, min_month, outcome, lgbtq, value, detail) do update
      set facts = stats_cube_municipality.facts + excluded.facts, persons = stats_cube_municipality.persons + excluded.persons;
      delete from stats_heavy_person where ${inAffected('person_hash')};
      insert into stats_heavy_person 
  select distinct person_hash, kind from (
    select person_hash, 'application'::text as kind from takeover_application a where ${inAffected('a.person_hash')}
    group by person_hash having count(*) > 8
    union all
    select a.person_hash, 'reduction' from benefit_reduction r join takeover_application a on a.id = r.application_id
    where ${inAffected('a.person_hash')} group by a.person_hash having count(*) > 8
  ) x;
    end $fn$`,
  ]
}

const IN_AFFECTED = (column: string) => `${column} in (select unnest(affected))`
const ANY_AFFECTED = (column: string) => `${column} = any(affected)`

const EVENTS = ['insert', 'update', 'delete'] as const

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
async function replaceTriggerFunctions(db: Kysely<any>, action: (persons: string) => string): Promise<void> {
  for (const [name, persons] of Object.entries(TRIGGER_PERSONS)) {
    for (const event of EVENTS) {
      await sql
        .raw(`create or replace function stats_${name}_${event}() returns trigger language plpgsql as $fn$
        begin
          if not stats_deferred() then ${action(persons[event])}; end if;
          return null;
        end $fn$`)
        .execute(db)
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see replaceTriggerFunctions
export async function up(db: Kysely<any>): Promise<void> {
  for (const text of refreshFunctions(IN_AFFECTED)) await sql.raw(text).execute(db)
  await sql`create table stats_pending (
    id bigint generated always as identity primary key,
    person_hash char(64) not null
  )`.execute(db)
  await replaceTriggerFunctions(
    db,
    (persons) => `insert into stats_pending (person_hash) select p from unnest((${persons})) p`,
  )
  // One drainer at a time (a transaction-level advisory lock in its own key space). `wait`: queue behind
  // a running drain (a statistics read that must see everything) or give up at once (the background).
  // Returns how many queue rows it took, or -1 when it gave up.
  await sql`create function stats_drain(batch integer, wait boolean) returns integer language plpgsql as $fn$
    declare
      affected char(64)[];
      taken integer;
    begin
      if wait then
        perform pg_advisory_xact_lock(2026, 8);
      elsif not pg_try_advisory_xact_lock(2026, 8) then
        return -1;
      end if;
      with t as (
        delete from stats_pending
        where id in (select id from stats_pending order by id limit batch)
        returning person_hash
      )
      select array_agg(distinct person_hash), count(*) into affected, taken from t;
      perform stats_refresh(affected);
      return taken;
    end $fn$`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see replaceTriggerFunctions
export async function down(db: Kysely<any>): Promise<void> {
  // What is still queued is applied before the triggers refresh in place again.
  await sql`select stats_refresh(array(select distinct person_hash from stats_pending))`.execute(db)
  await replaceTriggerFunctions(db, (persons) => `perform stats_refresh((${persons}))`)
  await sql`drop function stats_drain(integer, boolean)`.execute(db)
  await sql`drop table stats_pending`.execute(db)
  for (const text of refreshFunctions(ANY_AFFECTED)) await sql.raw(text).execute(db)
}
