import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { ApplicationRow, ApplicationUpdate, NewApplicationRow } from './application.table.ts'

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

/** A new application, as the database stores it (its defaults, its id). */
export function insertApplication(db: Db, row: NewApplicationRow): Promise<ApplicationRow> {
  return db.insertInto('takeover_application').values(row).returningAll().executeTakeFirstOrThrow()
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
