import {
  type Kysely,
  type QueryCreator,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
  type Transaction,
} from 'kysely'
import type { Database } from '../db/schema.ts'
import type { NewOutboxRow } from '../events/event.table.ts'
import { outboxInsert } from '../events/repository.ts'
import type { ClaimQuery } from '../http/idempotency.ts'
import type { ApplicationRow, ApplicationUpdate, NewApplicationRow } from './application.table.ts'
import { PREVIOUS_IDS_SHOWN } from './mapper.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Which applications a caller sees: all (national key) or those to or from its municipality. */
export type Visibility = { municipalityCode: string | null }

function visibleTo<O>(
  query: SelectQueryBuilder<Database, 'takeover_application', O>,
  { municipalityCode }: Visibility,
): SelectQueryBuilder<Database, 'takeover_application', O> {
  if (!municipalityCode) return query
  return query.where((eb) =>
    eb.or([eb('to_municipality', '=', municipalityCode), eb('from_municipality', '=', municipalityCode)]),
  )
}

export type CreatedEvent = Omit<NewEvent, 'application_id' | 'status_before' | 'status_after'>

/**
 * The ids of a person's applications visible to the caller that came before one received on
 * `received` and created at `created` (G-REPEAT, as `withPrevious` finds them), oldest first.
 */
function previousIds(person: unknown, received: unknown, created: unknown, { municipalityCode }: Visibility) {
  const visible = municipalityCode
    ? sql`and (p.to_municipality = ${municipalityCode} or p.from_municipality = ${municipalityCode})`
    : sql``
  return sql<string[]>`array(select p.id from takeover_application p
    where p.person_hash = ${person} ${visible}
      and (p.received_date < ${received} or (p.received_date = ${received} and p.created_at < ${created}))
    order by p.received_date, p.created_at)::text[]`
}

/** The `created` event of the application the statement's `app` CTE inserts. */
function insertCreatedEvent<DB extends Database & { app: { id: string; status: string } }>(
  creator: QueryCreator<DB>,
  event: CreatedEvent,
) {
  // the concrete shape, for the column names; any statement with an `app` CTE of that shape fits
  const qb = creator as unknown as QueryCreator<Database & { app: { id: string; status: string } }>
  return qb
    .insertInto('application_event')
    .columns([
      'application_id',
      'type',
      'actor',
      'actor_municipality',
      'status_before',
      'status_after',
      'details',
    ])
    .expression((eb) =>
      eb
        .selectFrom('app')
        .select([
          'app.id',
          sql.val(event.type).as('type'),
          sql.val(event.actor).as('actor'),
          sql.val(event.actor_municipality).as('actor_municipality'),
          sql.lit(null).as('status_before'),
          'app.status',
          sql.val(JSON.stringify(event.details)).as('details'),
        ]),
    )
}

/** `ts` as JSON text exactly as JavaScript's `toISOString()` writes it (whole milliseconds, UTC). */
const isoJson = (ts: RawBuilder<Date>) =>
  sql`to_jsonb(to_char(${ts} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`

/**
 * A new application in one statement: the clock and the person's earlier applications (CTEs `t` and
 * `prev`, on the statement's snapshot, which does not hold the new row), the application, its
 * `created` audit event and its outbox event (issue 16), and with an Idempotency-Key the key claimed with the answer — or nothing at all: when
 * the key is taken (live, or committed meanwhile by a concurrent request) the statement fails with
 * AN410 (migration 20261123180000) and the caller replays the stored answer. `answer` is the full
 * answer but for what only the statement knows, which it writes into the stored copy: previous
 * applications, createdAt and updatedAt. Returns those, for the caller's copy.
 */
export async function insertNewApplication(
  db: Db,
  row: NewApplicationRow & { id: string },
  event: CreatedEvent,
  outbox: NewOutboxRow,
  visibility: Visibility,
  answer: unknown,
  claim?: (responseBody: RawBuilder<unknown>) => (qb: QueryCreator<Database>) => ClaimQuery,
): Promise<{ previousIds: string[]; now: Date }> {
  const now = sql<Date>`(select now from t)`
  const ids = sql<string[]>`(select ids from prev)`
  const base = db
    .with('t', (qb) => qb.selectNoFrom(sql<Date>`date_trunc('milliseconds', now())`.as('now')))
    .with('prev', (qb) =>
      qb
        .selectFrom('t')
        .select(
          previousIds(row.person_hash, sql`${row.received_date}::date`, sql.ref('t.now'), visibility).as(
            'ids',
          ),
        ),
    )
  const claimed = claim
    ? base.with('claim', (qb) => {
        // `||` replaces the answer's top-level fields in one pass over the document
        const stored = sql`${JSON.stringify(answer)}::jsonb || jsonb_build_object(
          'previousApplications', jsonb_build_object('count', cardinality(${ids}),
            'ids', to_jsonb(${ids}[1:${sql.lit(PREVIOUS_IDS_SHOWN)}])) || case when cardinality(${ids}) > ${sql.lit(PREVIOUS_IDS_SHOWN)}
              then jsonb_build_object('list', ${`/v1/takeover-applications?samePersonAs=${row.id}`}::text) else '{}'::jsonb end,
          'createdAt', ${isoJson(now)}, 'updatedAt', ${isoJson(now)})`
        return claim(stored)(qb as unknown as QueryCreator<Database>)
      })
    : // without a key there is nothing to claim: the gate below always passes
      base.with('claim', (qb) => qb.selectNoFrom(sql<string>`'no key'`.as('key')))
  const written = await claimed
    .with('app', (qb) =>
      qb
        .insertInto('takeover_application')
        .values({ ...row, created_at: now, updated_at: now })
        .returning(['id', 'status']),
    )
    .with('event', (qb) => insertCreatedEvent(qb, event))
    .with('outbox', (qb) => outboxInsert(qb, outbox))
    .selectNoFrom([
      ids.as('previous_ids'),
      now.as('now'),
      sql<number>`case when exists (select 1 from claim) then 1 else ansvar_key_taken() end`.as('ok'),
    ])
    .executeTakeFirstOrThrow()
  return { previousIds: written.previous_ids, now: new Date(written.now) }
}

export function findApplication(
  db: Db,
  id: string,
  visibility: Visibility,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRow | undefined> {
  const query = visibleTo(db.selectFrom('takeover_application').selectAll().where('id', '=', id), visibility)
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
}

/** Updates only while the row is still at `version`: the optimistic check behind If-Match and races. */
export function updateApplication(
  db: Db,
  id: string,
  version: number,
  patch: ApplicationUpdate,
): Promise<ApplicationRow | undefined> {
  return db
    .updateTable('takeover_application')
    .set(patch)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export interface ListFilters {
  status?: string
  toMunicipality?: string
  fromMunicipality?: string
  receivedFrom?: string
  receivedTo?: string
  groundType?: string
  externalReference?: string
  personHash?: string
}

/** Keyset pagination on (received_date desc, id desc): stable while rows are added. */
export interface Cursor {
  receivedDate: string
  id: string
}

export function listApplications(
  db: Db,
  filters: ListFilters,
  visibility: Visibility,
  page: { limit: number; after?: Cursor },
): Promise<ApplicationRow[]> {
  let query = visibleTo(db.selectFrom('takeover_application').selectAll(), visibility)
  if (filters.status) query = query.where('status', '=', filters.status)
  if (filters.toMunicipality) query = query.where('to_municipality', '=', filters.toMunicipality)
  if (filters.fromMunicipality) query = query.where('from_municipality', '=', filters.fromMunicipality)
  if (filters.receivedFrom) query = query.where('received_date', '>=', filters.receivedFrom)
  if (filters.receivedTo) query = query.where('received_date', '<=', filters.receivedTo)
  if (filters.groundType)
    query = query.where(sql<boolean>`ground_types @> array[${filters.groundType}]::text[]`)
  if (filters.externalReference) query = query.where('external_reference', '=', filters.externalReference)
  if (filters.personHash) query = query.where('person_hash', '=', filters.personHash)
  const after = page.after
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('received_date', '<', after.receivedDate),
        eb.and([eb('received_date', '=', after.receivedDate), eb('id', '<', after.id)]),
      ]),
    )
  }
  return query.orderBy('received_date', 'desc').orderBy('id', 'desc').limit(page.limit).execute()
}

/** The same person's applications visible to the caller, oldest first (G-REPEAT). */
export function applicationsOfPersons(
  db: Db,
  personHashes: readonly string[],
  visibility: Visibility,
): Promise<Pick<ApplicationRow, 'id' | 'person_hash' | 'received_date' | 'created_at'>[]> {
  if (personHashes.length === 0) return Promise.resolve([])
  return visibleTo(
    db
      .selectFrom('takeover_application')
      .select(['id', 'person_hash', 'received_date', 'created_at'])
      .where('person_hash', 'in', [...new Set(personHashes)]),
    visibility,
  )
    .orderBy('received_date')
    .orderBy('created_at')
    .execute()
}

export interface NewEvent {
  application_id: string
  type: string
  actor: string
  actor_municipality: string | null
  status_before: string | null
  status_after: string | null
  details: Record<string, unknown>
}

export async function insertEvent(db: Db, event: NewEvent): Promise<void> {
  await db
    .insertInto('application_event')
    .values({ ...event, details: JSON.stringify(event.details) })
    .execute()
}

export function listEvents(db: Db, applicationId: string) {
  return db
    .selectFrom('application_event')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute()
}

export interface AccessEntry {
  application_id: string
  person_hash: string
  action: 'read' | 'list' | 'events' | 'letter'
  /** A read through another route than GET: which (migration 20261127120100). */
  via?: 'reduction-assessment' | 'benefit-reductions'
  actor: string
  actor_municipality: string | null
}

export async function logAccess(db: Db, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length > 0)
    await db
      .insertInto('access_log')
      .values([...entries])
      .execute()
}

export function listAccess(db: Db, filter: { applicationId?: string; personHash?: string }, limit: number) {
  let query = db.selectFrom('access_log').selectAll()
  if (filter.applicationId) query = query.where('application_id', '=', filter.applicationId)
  if (filter.personHash) query = query.where('person_hash', '=', filter.personHash)
  return query.orderBy('id', 'desc').limit(limit).execute()
}
