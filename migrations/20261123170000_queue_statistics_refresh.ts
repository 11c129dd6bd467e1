import { type Kysely, sql } from 'kysely'
import { refreshFunctions, TRIGGER_PERSONS } from './20261123150000_create_statistics_cubes.ts'

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
