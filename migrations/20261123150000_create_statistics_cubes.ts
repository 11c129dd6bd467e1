import { type Kysely, sql } from 'kysely'

/**
 * Pre-aggregated statistics (issue 7), kept current by statement-level triggers.
 *
 * Counting applications is additive, counting distinct persons is not: a person who applied twice must
 * count once in any cell that holds both applications, and which cells those are depends on the query
 * (period, range, grouping, filters). Live `count(distinct person_hash)` over a million rows takes about
 * a second, so distinct persons are pre-aggregated with inclusion–exclusion: for a person with facts
 * a1…an (of one kind), every non-empty subset T contributes (−1)^(|T|+1) to a cell when all members of T
 * lie in the cell. Summed over subsets this is 1 − (1 − 1)^k = 1 for a person with k ≥ 1 facts in the
 * cell and 0 otherwise, i.e. exactly the distinct count. Each subset row carries
 *   - its latest member's month and dimensions, a dimension set to NULL when the members disagree on it
 *     (such a subset can never lie inside a cell that fixes that dimension),
 *   - the ground types and involved municipalities common to all members,
 *   - `min_month`, the earliest member's month: the subset lies in a period or range that contains its
 *     latest member exactly when `min_month` >= the start of that period/range.
 * So "distinct persons" becomes an additive sum over cube rows. Persons with more than 8 facts of a kind
 * (255 subsets) are pathological; their subsets are not generated and their facts carry persons = 0;
 * `stats_heavy_person` lists them and the query layer then answers exactly from the base tables.
 *
 * Kinds of facts: `application` (by received month; persons counted), `reduction` (benefit reduction by
 * effective month; persons counted), `decision` (by decision month, value = processing days) and
 * `appeal` (by lodged month, detail = appeal outcome or pending). Contributions are stored per person
 * (`stats_contribution`) so that a change is applied as "subtract the person's old rows, add the new"
 * without reconstructing the old state. Two cubes aggregate them: national (no municipality) and
 * municipality (one row set per involved municipality with its role, receiving or departure).
 *
 * Bulk loads may `set ansvar.stats_deferred = on` to skip the triggers and call `stats_rebuild()` after.
 */

/** The person filter is spliced into the SQL so that the rebuild can scan everything without a huge array. */
function computeContributions(personFilter: string): string {
  return `
  with app as (
    select a.id, a.person_hash, a.received_date, a.to_municipality, a.from_municipality, a.category,
      a.assessment_outcome,
      coalesce(a.decision_outcome, case when a.status = 'withdrawn' then 'withdrawn' else 'pending' end) as outcome,
      a.grounds @> '[{"type": "discrimination", "lgbtqRelated": true}]'::jsonb as lgbtq,
      array(select distinct g from unnest(a.ground_types) g order by g) as ground_types,
      a.decision_date, a.appeal_lodged_date, a.appeal_outcome
    from takeover_application a
    where ${personFilter}
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
  from app where appeal_lodged_date is not null`
}

const HEAVY_PERSONS = (personFilter: string) => `
  select distinct person_hash, kind from (
    select person_hash, 'application'::text as kind from takeover_application a where ${personFilter}
    group by person_hash having count(*) > 8
    union all
    select a.person_hash, 'reduction' from benefit_reduction r join takeover_application a on a.id = r.application_id
    where ${personFilter} group by a.person_hash having count(*) > 8
  ) x`

const ALL_KINDS = ['application', 'decision', 'appeal', 'reduction']
const DIMENSION_TYPES = { category: 'text', assessment_outcome: 'text', outcome: 'text', lgbtq: 'boolean' }
type Dimension = keyof typeof DIMENSION_TYPES

/**
 * The cubes. Every cube keeps kind, ground type ('' = the application level), month, min_month, value
 * and detail; `dims` are its further dimensions. One cube with every dimension would be nearly as large
 * as the data (the inclusion–exclusion rows multiply the key space), so the query layer picks the
 * smallest cube that covers a request: `national` for most dashboards, `national_detail` when category
 * or assessment outcome is asked for (not for processing days, whose values would explode it), and
 * `municipality` (one row set per involved municipality and role) for a municipality's own figures
 * and per-municipality breakdowns.
 */
const CUBES: {
  name: string
  municipal: boolean
  dims: Dimension[]
  kinds: string[]
  groundKinds: string[]
}[] = [
  {
    name: 'national',
    municipal: false,
    dims: ['outcome', 'lgbtq'],
    kinds: ALL_KINDS,
    groundKinds: ALL_KINDS,
  },
  {
    name: 'national_detail',
    municipal: false,
    dims: ['category', 'assessment_outcome', 'outcome', 'lgbtq'],
    kinds: ['application', 'appeal', 'reduction'],
    groundKinds: ['application', 'appeal', 'reduction'],
  },
  {
    name: 'municipality',
    municipal: true,
    dims: ['outcome', 'lgbtq'],
    kinds: ALL_KINDS,
    // Processing days per municipality, month and ground would be millions of rows at 1M applications.
    groundKinds: ['application', 'appeal', 'reduction'],
  },
]
type Cube = (typeof CUBES)[number]

function keyColumns(cube: Cube): string[] {
  return [
    'kind',
    ...(cube.municipal ? ['municipality', 'role'] : []),
    'ground_type',
    'month',
    'min_month',
    ...cube.dims,
    'value',
    'detail',
  ]
}

function createCube(cube: Cube): string {
  const dims = cube.dims.map((d) => `${d} ${DIMENSION_TYPES[d]},`).join(' ')
  return `create table stats_cube_${cube.name} (
    kind text not null, ${cube.municipal ? 'municipality char(3) not null, role text,' : ''}
    ground_type text not null, month date not null, min_month date not null, ${dims}
    value integer, detail text, facts bigint not null, persons bigint not null,
    constraint stats_cube_${cube.name}_key unique nulls not distinct (${keyColumns(cube).join(', ')})
      include (facts, persons))`
}

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ')

/** Aggregates contribution rows (`source`, with a `sign` column of ±1) into a cube; upsert adds to it. */
function cubeInsert(cube: Cube, source: string, upsert: boolean): string {
  const keys = keyColumns(cube)
  const select = keys.map((k) =>
    k === 'municipality'
      ? 'm'
      : k === 'role'
        ? `case when m = to_municipality then 'receiving' when m = from_municipality then 'departure' end`
        : k === 'ground_type'
          ? 'g'
          : k,
  )
  const positions = keys.map((_, i) => i + 1).join(', ')
  const table = `stats_cube_${cube.name}`
  return `insert into ${table} (${keys.join(', ')}, facts, persons)
    select ${select.join(', ')}, sum(facts * sign), sum(persons * sign)
    from ${source} ${cube.municipal ? 'cross join lateral unnest(involved) m' : ''}
      cross join lateral unnest(case when kind in (${quoted(cube.groundKinds)}) then array[''] || ground_types
        else array['']::text[] end) g
    where kind in (${quoted(cube.kinds)})
    group by ${positions} ${upsert ? `order by ${positions}` : ''}
    ${
      upsert
        ? `on conflict (${keys.join(', ')}) do update
      set facts = ${table}.facts + excluded.facts, persons = ${table}.persons + excluded.persons`
        : ''
    }`
}

/** The persons a statement changed, from its transition tables, per table and event (the triggers). */
export const TRIGGER_PERSONS = {
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

/**
 * `stats_contributions_of` and `stats_refresh` for the persons in `affected`; `inAffected(column)` is
 * the SQL that selects them (migration 20261123170000 replaces `= any(affected)` by a join that
 * uses the person index for batches of hundreds).
 */
export function refreshFunctions(inAffected: (column: string) => string): string[] {
  const upserts = CUBES.map((cube) => cubeInsert(cube, 'delta', true))
  return [
    `create or replace function stats_contributions_of(affected char(64)[]) returns setof stats_contribution
      language sql stable as $fn$ ${computeContributions(inAffected('a.person_hash'))} $fn$`,
    `create or replace function stats_refresh(affected char(64)[]) returns void language plpgsql as $fn$
    begin
      if affected is null or cardinality(affected) = 0 then return; end if;
      -- Lock the affected persons' contributions in a stable order so that concurrent refreshes of
      -- overlapping persons serialise instead of double-counting.
      perform pg_advisory_xact_lock(h) from (select distinct hashtext(p) as h from unnest(affected) p order by 1) x;
      with old as (delete from stats_contribution where ${inAffected('person_hash')} returning *),
      new as (insert into stats_contribution select * from stats_contributions_of(affected) returning *),
      delta as (select *, -1 as sign from old union all select *, 1 as sign from new),
      ${upserts
        .slice(0, -1)
        .map((insert, i) => `cube${i} as (${insert} returning 1),`)
        .join('\n')}
      _ as (select 1)
      ${upserts.at(-1)};
      delete from stats_heavy_person where ${inAffected('person_hash')};
      insert into stats_heavy_person ${HEAVY_PERSONS(inAffected('a.person_hash'))};
    end $fn$`,
  ]
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  // Pure date arithmetic: date_trunc would go through timestamptz and depend on the session time zone.
  await sql`create function stats_month(d date) returns date language sql immutable parallel safe
    as $$ select d - extract(day from d)::integer + 1 $$`.execute(db)

  await sql`create table stats_contribution (
    person_hash char(64) not null,
    kind text not null,
    month date not null,
    min_month date not null,
    facts integer not null,
    persons integer not null,
    to_municipality char(3),
    from_municipality char(3),
    category text,
    assessment_outcome text,
    outcome text,
    lgbtq boolean,
    ground_types text[] not null,
    involved char(3)[] not null,
    value integer,
    detail text
  )`.execute(db)
  await sql`create index stats_contribution_person on stats_contribution (person_hash)`.execute(db)
  await sql`create table stats_heavy_person (
    person_hash char(64) not null, kind text not null, primary key (person_hash, kind))`.execute(db)

  // NULLS NOT DISTINCT (PostgreSQL 15+): NULL means "members disagree" and is a key value like any other.
  for (const cube of CUBES) await sql.raw(createCube(cube)).execute(db)
  // "Per receiving municipality" over all municipalities reads one role and one ground slice. Like the
  // keys, it covers every column a query reads, so that statistics are index-only scans.
  await sql`create index stats_cube_municipality_role on stats_cube_municipality
    (kind, role, ground_type, month, municipality, min_month, outcome, lgbtq, value, detail) include (facts, persons)`.execute(
    db,
  )

  for (const text of refreshFunctions((column) => `${column} = any(affected)`))
    await sql.raw(text).execute(db)

  const cubeTables = CUBES.map((cube) => `stats_cube_${cube.name}`)
  const inserts = CUBES.map((cube) =>
    cubeInsert(cube, '(select *, 1 as sign from stats_contribution) c', false),
  )
  await sql
    .raw(`create function stats_rebuild() returns void language plpgsql as $fn$
    begin
      -- One large aggregation per cube. The planner overestimates the groups (unnest) and would sort
      -- millions of rows; hashing them in memory is several times faster. Transaction-local settings.
      perform set_config('work_mem', '1GB', true);
      perform set_config('enable_sort', 'off', true);
      truncate stats_contribution, stats_heavy_person, ${cubeTables.join(', ')};
      insert into stats_contribution ${computeContributions('true')};
      ${inserts.join(';\n')};
      insert into stats_heavy_person ${HEAVY_PERSONS('true')};
      analyze stats_contribution; ${cubeTables.map((t) => `analyze ${t};`).join(' ')}
    end $fn$`)
    .execute(db)

  // Triggers: statement level with transition tables, so a batch insert refreshes each person once.
  await sql`create function stats_deferred() returns boolean language sql stable
    as $$ select coalesce(current_setting('ansvar.stats_deferred', true), '') = 'on' $$`.execute(db)
  const REFERENCING = {
    insert: 'new table as new_rows',
    update: 'old table as old_rows new table as new_rows',
    delete: 'old table as old_rows',
  }
  for (const event of ['insert', 'update', 'delete'] as const) {
    for (const [name, table, persons] of [
      ['application', 'takeover_application', TRIGGER_PERSONS.application[event]],
      ['reduction', 'benefit_reduction', TRIGGER_PERSONS.reduction[event]],
    ] as const) {
      await sql
        .raw(`create function stats_${name}_${event}() returns trigger language plpgsql as $fn$
        begin
          if not stats_deferred() then perform stats_refresh((${persons})); end if;
          return null;
        end $fn$`)
        .execute(db)
      await sql
        .raw(`create trigger stats_${name}_${event} after ${event} on ${table}
          referencing ${REFERENCING[event]} for each statement execute function stats_${name}_${event}()`)
        .execute(db)
    }
  }
  await sql`create function stats_truncated() returns trigger language plpgsql as $fn$
    begin
      if not stats_deferred() then perform stats_rebuild(); end if;
      return null;
    end $fn$`.execute(db)
  for (const table of ['takeover_application', 'benefit_reduction']) {
    await sql
      .raw(`create trigger stats_truncated after truncate on ${table}
        for each statement execute function stats_truncated()`)
      .execute(db)
  }
  // The live path (heavy persons, combinations no cube covers) and the appeal slices read these.
  await sql`create index takeover_application_appeal_lodged on takeover_application (appeal_lodged_date)
    where appeal_lodged_date is not null`.execute(db)
  await sql`select stats_rebuild()`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger stats_application_${event} on takeover_application`).execute(db)
    await sql.raw(`drop trigger stats_reduction_${event} on benefit_reduction`).execute(db)
    await sql.raw(`drop function stats_application_${event}()`).execute(db)
    await sql.raw(`drop function stats_reduction_${event}()`).execute(db)
  }
  await sql`drop trigger stats_truncated on takeover_application`.execute(db)
  await sql`drop trigger stats_truncated on benefit_reduction`.execute(db)
  await sql`drop index takeover_application_appeal_lodged`.execute(db)
  for (const fn of [
    'stats_truncated()',
    'stats_deferred()',
    'stats_rebuild()',
    'stats_refresh(char(64)[])',
    'stats_contributions_of(char(64)[])',
  ]) {
    await sql.raw(`drop function ${fn}`).execute(db)
  }
  for (const table of [
    ...CUBES.map((c) => `stats_cube_${c.name}`),
    'stats_heavy_person',
    'stats_contribution',
  ]) {
    await sql.raw(`drop table ${table}`).execute(db)
  }
  await sql`drop function stats_month(date)`.execute(db)
}
