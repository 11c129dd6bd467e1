import { type Kysely, sql } from 'kysely'

/**
 * The pair cube (migration 20261127190000) at year grain beside month grain (issue 19 item 5): to × from
 * municipality for a whole year reads one row per (to, from, outcome) and year instead of one per month,
 * 22 k rows instead of 75 k for 2024 at 1,000,000 applications.
 *
 * A year row sums the year's month rows. Its `min_month` (the earliest member of a subset, for distinct
 * persons) is kept when it lies before the year and is the year's first month otherwise: a query reads
 * year rows only for years wholly in its range and grouped by nothing finer than a year, so it counts a
 * subset when `min_month` ≥ the start of the range or of the period, which is at or before the year's
 * start; a `min_month` within the year always passes that test, and the year's first month does as well.
 *
 * The insert and delete triggers upsert both grains from the same contributions.
 */

const YEAR_START = `make_date(extract(year from month)::integer, 1, 1)`

const UPSERT = (source: string, sign: string) => `
  insert into stats_cube_pair (kind, grain, to_municipality, from_municipality, month, min_month, outcome,
      facts, persons, keys)
    select kind, grain, to_municipality, from_municipality,
      case grain when 'month' then month else ${YEAR_START} end,
      case grain when 'month' then min_month else least(min_month, ${YEAR_START}) end,
      outcome, sum(facts) * ${sign}, sum(persons) * ${sign}, sum(record_key) * ${sign}
    from ${source} cross join lateral unnest(array['month', 'year']) grain
    where kind = 'application' and to_municipality is not null and from_municipality is not null
    group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
  on conflict (kind, grain, month, to_municipality, from_municipality, min_month, outcome) do update
    set facts = stats_cube_pair.facts + excluded.facts, persons = stats_cube_pair.persons + excluded.persons,
      keys = stats_cube_pair.keys + excluded.keys`

/** The month-grain upsert of migration 20261127190000, for down(). */
const MONTH_UPSERT = (source: string, sign: string) => `
  insert into stats_cube_pair (kind, to_municipality, from_municipality, month, min_month, outcome,
      facts, persons, keys)
    select kind, to_municipality, from_municipality, month, min_month, outcome,
      sum(facts) * ${sign}, sum(persons) * ${sign}, sum(record_key) * ${sign}
    from ${source}
    where kind = 'application' and to_municipality is not null and from_municipality is not null
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
  on conflict (kind, month, to_municipality, from_municipality, min_month, outcome) do update
    set facts = stats_cube_pair.facts + excluded.facts, persons = stats_cube_pair.persons + excluded.persons,
      keys = stats_cube_pair.keys + excluded.keys`

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
async function replaceTriggerFunctions(db: Kysely<any>, upsert: typeof UPSERT): Promise<void> {
  await sql
    .raw(`create or replace function stats_pair_insert() returns trigger language plpgsql as $fn$
    begin ${upsert('new_rows', '1')}; return null; end $fn$`)
    .execute(db)
  await sql
    .raw(`create or replace function stats_pair_delete() returns trigger language plpgsql as $fn$
    begin ${upsert('old_rows', '-1')}; return null; end $fn$`)
    .execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see replaceTriggerFunctions()
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table stats_cube_pair add column grain text not null default 'month'`.execute(db)
  await sql`alter table stats_cube_pair alter column grain drop default`.execute(db)
  await sql`alter table stats_cube_pair drop constraint stats_cube_pair_key`.execute(db)
  await sql`alter table stats_cube_pair add constraint stats_cube_pair_key unique nulls not distinct
    (kind, grain, month, to_municipality, from_municipality, min_month, outcome) include (facts, persons, keys)`.execute(
    db,
  )
  await replaceTriggerFunctions(db, UPSERT)
  // The year rows from the month rows (the same sums as from the contributions, and quicker).
  await sql
    .raw(`insert into stats_cube_pair (kind, grain, to_municipality, from_municipality, month, min_month,
      outcome, facts, persons, keys)
    select kind, 'year', to_municipality, from_municipality, ${YEAR_START}, least(min_month, ${YEAR_START}),
      outcome, sum(facts), sum(persons), sum(keys)
    from stats_cube_pair where grain = 'month'
    group by 1, 2, 3, 4, 5, 6, 7`)
    .execute(db)
  await sql`analyze stats_cube_pair`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see replaceTriggerFunctions()
export async function down(db: Kysely<any>): Promise<void> {
  await replaceTriggerFunctions(db, MONTH_UPSERT)
  await sql`delete from stats_cube_pair where grain <> 'month'`.execute(db)
  await sql`alter table stats_cube_pair drop constraint stats_cube_pair_key`.execute(db)
  await sql`alter table stats_cube_pair drop column grain`.execute(db)
  await sql`alter table stats_cube_pair add constraint stats_cube_pair_key unique nulls not distinct
    (kind, month, to_municipality, from_municipality, min_month, outcome) include (facts, persons, keys)`.execute(
    db,
  )
}
