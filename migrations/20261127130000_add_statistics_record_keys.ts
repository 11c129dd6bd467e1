import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'

/**
 * Record keys for the cell key method (issue 13 item 1, README "Statistics: differencing protection").
 *
 * Every fact (an application, a decision, an appeal, a benefit reduction) gets a fixed pseudo-random
 * record key in 0 … 2^20 − 1: the first 20 bits of md5(salt ‖ kind ‖ id), where the salt is drawn once
 * per database when this migration runs and lives only in the function `stats_record_key`. Contribution
 * rows carry their fact's key (subset rows of the distinct-person bookkeeping carry 0) and every cube
 * row the sum of its facts' keys, so that a statistics query gets, beside each count, the sum of the
 * record keys of exactly the records it counts; the query layer takes that sum mod 2^20 as the cell key.
 * The same records always give the same cell key, whichever query reaches them.
 *
 * The contribution and refresh functions of migrations 20261123150000/20261123170000 are restated here
 * with the key column (migrations are frozen and self-contained), and the cubes are rebuilt.
 */

function computeContributions(personFilter: string, keys: boolean): string {
  const key = (expression: string) => (keys ? `, ${expression}` : '')
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
    ${key('stats_record_key(kind, id)')}
  from numbered
  union all
  select c.person_hash, c.kind, c.month, c.min_month, 0, case when c.k % 2 = 1 then 1 else -1 end,
    c.to_municipality, c.from_municipality, c.category, c.assessment_outcome, c.outcome, c.lgbtq,
    coalesce(g.ground_types, '{}'), coalesce(m.involved, '{}')::char(3)[], null, null ${key('0')}
  from combo c
  left join common_ground g using (person_hash, kind, mask)
  left join common_municipality m using (person_hash, kind, mask)
  union all
  select person_hash, 'decision', stats_month(decision_date), stats_month(decision_date), 1, 0,
    to_municipality, from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types,
    array[to_municipality, from_municipality]::char(3)[], decision_date - received_date, null
    ${key(`stats_record_key('decision', id)`)}
  from app where decision_date is not null
  union all
  select person_hash, 'appeal', stats_month(appeal_lodged_date), stats_month(appeal_lodged_date), 1, 0,
    to_municipality, from_municipality, category, assessment_outcome, outcome, lgbtq, ground_types,
    array[to_municipality, from_municipality]::char(3)[], null, coalesce(appeal_outcome, 'pending')
    ${key(`stats_record_key('appeal', id)`)}
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
const CUBES = [
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
    groundKinds: ['application', 'appeal', 'reduction'],
  },
]
type Cube = (typeof CUBES)[number]

const keyColumns = (cube: Cube) => [
  'kind',
  ...(cube.municipal ? ['municipality', 'role'] : []),
  'ground_type',
  'month',
  'min_month',
  ...cube.dims,
  'value',
  'detail',
]

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ')

function cubeInsert(cube: Cube, source: string, upsert: boolean, keys: boolean): string {
  const columns = keyColumns(cube)
  const select = columns.map((k) =>
    k === 'municipality'
      ? 'm'
      : k === 'role'
        ? `case when m = to_municipality then 'receiving' when m = from_municipality then 'departure' end`
        : k === 'ground_type'
          ? 'g'
          : k,
  )
  const positions = columns.map((_, i) => i + 1).join(', ')
  const table = `stats_cube_${cube.name}`
  return `insert into ${table} (${columns.join(', ')}, facts, persons ${keys ? ', keys' : ''})
    select ${select.join(', ')}, sum(facts * sign), sum(persons * sign) ${keys ? ', sum(record_key * sign)' : ''}
    from ${source} ${cube.municipal ? 'cross join lateral unnest(involved) m' : ''}
      cross join lateral unnest(case when kind in (${quoted(cube.groundKinds)}) then array[''] || ground_types
        else array['']::text[] end) g
    where kind in (${quoted(cube.kinds)})
    group by ${positions} ${upsert ? `order by ${positions}` : ''}
    ${
      upsert
        ? `on conflict (${columns.join(', ')}) do update
      set facts = ${table}.facts + excluded.facts, persons = ${table}.persons + excluded.persons
      ${keys ? `, keys = ${table}.keys + excluded.keys` : ''}`
        : ''
    }`
}

const IN_AFFECTED = (column: string) => `${column} in (select unnest(affected))`

function functions(keys: boolean): string[] {
  const upserts = CUBES.map((cube) => cubeInsert(cube, 'delta', true, keys))
  const tables = CUBES.map((cube) => `stats_cube_${cube.name}`)
  const inserts = CUBES.map((cube) =>
    cubeInsert(cube, '(select *, 1 as sign from stats_contribution) c', false, keys),
  )
  return [
    `create or replace function stats_contributions_of(affected char(64)[]) returns setof stats_contribution
      language sql stable as $fn$ ${computeContributions(IN_AFFECTED('a.person_hash'), keys)} $fn$`,
    `create or replace function stats_refresh(affected char(64)[]) returns void language plpgsql as $fn$
    begin
      if affected is null or cardinality(affected) = 0 then return; end if;
      perform pg_advisory_xact_lock(h) from (select distinct hashtext(p) as h from unnest(affected) p order by 1) x;
      with old as (delete from stats_contribution where ${IN_AFFECTED('person_hash')} returning *),
      new as (insert into stats_contribution select * from stats_contributions_of(affected) returning *),
      delta as (select *, -1 as sign from old union all select *, 1 as sign from new),
      ${upserts
        .slice(0, -1)
        .map((insert, i) => `cube${i} as (${insert} returning 1),`)
        .join('\n')}
      _ as (select 1)
      ${upserts.at(-1)};
      delete from stats_heavy_person where ${IN_AFFECTED('person_hash')};
      insert into stats_heavy_person ${HEAVY_PERSONS(IN_AFFECTED('a.person_hash'))};
    end $fn$`,
    `create or replace function stats_rebuild() returns void language plpgsql as $fn$
    begin
      perform set_config('work_mem', '1GB', true);
      perform set_config('enable_sort', 'off', true);
      truncate stats_contribution, stats_heavy_person, ${tables.join(', ')};
      insert into stats_contribution ${computeContributions('true', keys)};
      ${inserts.join(';\n')};
      insert into stats_heavy_person ${HEAVY_PERSONS('true')};
      analyze stats_contribution; ${tables.map((t) => `analyze ${t};`).join(' ')}
    end $fn$`,
  ]
}

/** Unique keys and the role index cover every column a query reads (index-only scans), now with keys. */
function indexes(keys: boolean): string[] {
  const include = keys ? 'facts, persons, keys' : 'facts, persons'
  return [
    ...CUBES.map(
      (cube) => `alter table stats_cube_${cube.name} drop constraint stats_cube_${cube.name}_key,
        add constraint stats_cube_${cube.name}_key unique nulls not distinct (${keyColumns(cube).join(', ')})
        include (${include})`,
    ),
    'drop index stats_cube_municipality_role',
    `create index stats_cube_municipality_role on stats_cube_municipality
      (kind, role, ground_type, month, municipality, min_month, outcome, lgbtq, value, detail) include (${include})`,
  ]
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  // Immutable (inlined by the planner): the salt is part of the definition, drawn here once.
  const salt = randomUUID()
  await sql
    .raw(`create function stats_record_key(kind text, id uuid) returns integer language sql immutable parallel safe
      as $$ select ('x' || substr(md5('${salt}' || kind || id::text), 1, 5))::bit(20)::integer $$`)
    .execute(db)
  await sql`alter table stats_contribution add column record_key integer not null default 0`.execute(db)
  for (const cube of CUBES) {
    await sql.raw(`alter table stats_cube_${cube.name} add column keys bigint not null default 0`).execute(db)
  }
  for (const text of [...indexes(true), ...functions(true)]) await sql.raw(text).execute(db)
  await sql`select stats_rebuild()`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const text of indexes(false)) await sql.raw(text).execute(db)
  for (const cube of CUBES) await sql.raw(`alter table stats_cube_${cube.name} drop column keys`).execute(db)
  await sql`alter table stats_contribution drop column record_key`.execute(db)
  for (const text of functions(false)) await sql.raw(text).execute(db)
  await sql`drop function stats_record_key(text, uuid)`.execute(db)
}
