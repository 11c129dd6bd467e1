import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { InvalidInput, NotFound } from '../errors.ts'
import type { Principal } from '../http/auth.ts'
import { isIsoDate } from '../law/dates.ts'
import { GROUND_TYPES } from '../law/vocabulary.ts'
import type { ApplicationRow } from './application.table.ts'
import { type Cursor, findApplication, listApplications } from './repository.ts'
import type { ListQuery } from './request-schemas.ts'
import { municipality, visibilityOf } from './service.ts'

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

function encodeCursor(row: Pick<ApplicationRow, 'received_date' | 'id'>): string {
  return Buffer.from(`${row.received_date}|${row.id}`).toString('base64url')
}

/**
 * Decoded strictly, before any query (issue 13, item 3: a cursor's content reached the logs through the
 * database's error): exactly what `encodeCursor` writes — canonical base64url of a calendar date and a
 * lower-case UUID — or a 400 that does not echo it.
 */
function decodeCursor(cursor: string): Cursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const match = CURSOR.exec(text)
  if (!match || Buffer.from(text).toString('base64url') !== cursor || !isIsoDate(match[1]!)) {
    throw new InvalidInput('/cursor', 'cursor is not a nextCursor this service gave out')
  }
  return { receivedDate: match[1]!, id: match[2]! }
}

/** One page of the caller's applications, filtered; `nextCursor` is null on the last page. */
export async function listForCaller(
  db: Kysely<Database>,
  principal: Principal,
  query: ListQuery,
  personFromHeader: string | undefined,
): Promise<{ rows: ApplicationRow[]; nextCursor: string | null }> {
  let personHash = personFromHeader
  if (query.groundType && !(GROUND_TYPES as readonly string[]).includes(query.groundType)) {
    throw new InvalidInput('/groundType', `groundType must be one of ${GROUND_TYPES.join(', ')}`)
  }
  const limit = query.limit ?? 50
  const { samePersonAs, ...filters } = query
  if (samePersonAs) {
    const row = await findApplication(db, samePersonAs, visibilityOf(principal))
    if (!row) throw new NotFound(`No application ${samePersonAs}.`)
    // the header's person and the application's person must be one, or nobody matches
    if (personHash && personHash !== row.person_hash) return { rows: [], nextCursor: null }
    personHash = row.person_hash
  }
  const rows = await listApplications(
    db,
    {
      ...filters,
      ...(query.toMunicipality
        ? { toMunicipality: municipality(query.toMunicipality, '/toMunicipality') }
        : {}),
      ...(query.fromMunicipality
        ? { fromMunicipality: municipality(query.fromMunicipality, '/fromMunicipality') }
        : {}),
      ...(personHash ? { personHash } : {}),
    },
    visibilityOf(principal),
    { limit: limit + 1, ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}) },
  )
  const page = rows.slice(0, limit)
  return { rows: page, nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!) : null }
}
