import { type Kysely, sql } from 'kysely'

/**
 * Processing days of decisions per receiving municipality and ground, in three grains (issue 19 item 5).
 *
 * One cube row per (grain, ground_type, municipality, month, value): the decisions of a month, a quarter
 * or a year (`month` = the first month the row covers) with that many processing days, summed from the
 * contributions of migration 20261123150000 with their record keys (migration 20261127130000).
 * `municipality` is the receiving municipality, NULL for all municipalities together; `ground_type` ''
 * for all grounds, else each ground the application cites (as the other cubes).
 *
 * A query reads whole quarters or years of its range at that grain and only the months at either end at
 * month grain, so that processing times per receiving municipality per year read ≈ 85 k rows instead of
 * the municipality cube's ≈ 590 k, and per ground with per-municipality targets need no live query.
 *
 * Like the pair cube (migration 20261127190000), the cube follows `stats_contribution` through
 * statement-level triggers on it (insert, delete, truncate).
 */

const UPSERT = (source: string, sign: string) => `
  insert into stats_cube_days (grain, ground_type, municipality, month, value, facts, keys)
    select grain,
      g,
      m,
      case grain when 'month' then month
        when 'quarter' then make_date(extract(year from month)::integer, ((extract(month from month)::integer - 1) / 3) * 3 + 1, 1)
        else make_date(extract(year from month)::integer, 1, 1) end,
      value, sum(facts) * ${sign}, sum(record_key) * ${sign}
    from ${source}
      cross join lateral unnest(array[to_municipality, null]::char(3)[]) m
      cross join lateral unnest(array[''] || ground_types) g
      cross join lateral unnest(array['month', 'quarter', 'year']) grain
    where kind = 'decision'
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
  on conflict (grain, ground_type, municipality, month, value) do update
    set facts = stats_cube_days.facts + excluded.facts, keys = stats_cube_days.keys + excluded.keys`

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table stats_cube_days (
    grain text not null, ground_type text not null, municipality char(3), month date not null,
    value integer not null, facts bigint not null, keys bigint not null,
    constraint stats_cube_days_key unique nulls not distinct
      (grain, ground_type, municipality, month, value) include (facts, keys))`.execute(db)
  await sql
    .raw(`create function stats_days_insert() returns trigger language plpgsql as $fn$
    begin ${UPSERT('new_rows', '1')}; return null; end $fn$`)
    .execute(db)
  await sql
    .raw(`create function stats_days_delete() returns trigger language plpgsql as $fn$
    begin ${UPSERT('old_rows', '-1')}; return null; end $fn$`)
    .execute(db)
  await sql`create function stats_days_truncate() returns trigger language plpgsql as $fn$
    begin truncate stats_cube_days; return null; end $fn$`.execute(db)
  await sql`create trigger stats_days_insert after insert on stats_contribution
    referencing new table as new_rows for each statement execute function stats_days_insert()`.execute(db)
  await sql`create trigger stats_days_delete after delete on stats_contribution
    referencing old table as old_rows for each statement execute function stats_days_delete()`.execute(db)
  await sql`create trigger stats_days_truncate after truncate on stats_contribution
    for each statement execute function stats_days_truncate()`.execute(db)
  await sql.raw(UPSERT('stats_contribution', '1')).execute(db)
  await sql`analyze stats_cube_days`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger stats_days_truncate on stats_contribution`.execute(db)
  await sql`drop trigger stats_days_delete on stats_contribution`.execute(db)
  await sql`drop trigger stats_days_insert on stats_contribution`.execute(db)
  await sql`drop function stats_days_truncate()`.execute(db)
  await sql`drop function stats_days_delete()`.execute(db)
  await sql`drop function stats_days_insert()`.execute(db)
  await sql`drop table stats_cube_days`.execute(db)
}
