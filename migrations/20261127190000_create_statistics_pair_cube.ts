import { type Kysely, sql } from 'kysely'

/**
 * Applications per receiving × departing municipality (issue 19 item 5): one cube row per
 * (to, from, month, min_month, outcome) summed from the contributions of migration 20261123150000.
 *
 * The contributions already carry the inclusion–exclusion rows for distinct persons, with a
 * municipality NULL when the members of a subset disagree on it; such a subset never lies inside a
 * to × from cell, so only rows with both municipalities are kept. Record keys are summed as in the other
 * cubes (migration 20261127130000), so the cell key method works on this cube alike.
 *
 * The cube follows `stats_contribution` through statement-level triggers on it (insert, delete,
 * truncate), so the refresh and rebuild functions of the earlier migrations stay as they are: every
 * refresh deletes a person's old contributions and inserts the new ones, every rebuild truncates and
 * inserts them all.
 */

const UPSERT = (source: string, sign: string) => `
  insert into stats_cube_pair (kind, to_municipality, from_municipality, month, min_month, outcome,
      facts, persons, keys)
    select kind, to_municipality, from_municipality, month, min_month, outcome,
      sum(facts) * ${sign}, sum(persons) * ${sign}, sum(record_key) * ${sign}
    from ${source}
    where kind = 'application' and to_municipality is not null and from_municipality is not null
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
  on conflict (kind, to_municipality, from_municipality, month, min_month, outcome) do update
    set facts = stats_cube_pair.facts + excluded.facts, persons = stats_cube_pair.persons + excluded.persons,
      keys = stats_cube_pair.keys + excluded.keys`

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table stats_cube_pair (
    kind text not null, to_municipality char(3) not null, from_municipality char(3) not null,
    month date not null, min_month date not null, outcome text,
    facts bigint not null, persons bigint not null, keys bigint not null,
    constraint stats_cube_pair_key unique nulls not distinct
      (kind, month, to_municipality, from_municipality, min_month, outcome) include (facts, persons, keys))`.execute(
    db,
  )
  await sql
    .raw(`create function stats_pair_insert() returns trigger language plpgsql as $fn$
    begin ${UPSERT('new_rows', '1')}; return null; end $fn$`)
    .execute(db)
  await sql
    .raw(`create function stats_pair_delete() returns trigger language plpgsql as $fn$
    begin ${UPSERT('old_rows', '-1')}; return null; end $fn$`)
    .execute(db)
  await sql`create function stats_pair_truncate() returns trigger language plpgsql as $fn$
    begin truncate stats_cube_pair; return null; end $fn$`.execute(db)
  await sql`create trigger stats_pair_insert after insert on stats_contribution
    referencing new table as new_rows for each statement execute function stats_pair_insert()`.execute(db)
  await sql`create trigger stats_pair_delete after delete on stats_contribution
    referencing old table as old_rows for each statement execute function stats_pair_delete()`.execute(db)
  await sql`create trigger stats_pair_truncate after truncate on stats_contribution
    for each statement execute function stats_pair_truncate()`.execute(db)
  await sql.raw(UPSERT('stats_contribution', '1')).execute(db)
  await sql`analyze stats_cube_pair`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger stats_pair_truncate on stats_contribution`.execute(db)
  await sql`drop trigger stats_pair_delete on stats_contribution`.execute(db)
  await sql`drop trigger stats_pair_insert on stats_contribution`.execute(db)
  await sql`drop function stats_pair_truncate()`.execute(db)
  await sql`drop function stats_pair_delete()`.execute(db)
  await sql`drop function stats_pair_insert()`.execute(db)
  await sql`drop table stats_cube_pair`.execute(db)
}
