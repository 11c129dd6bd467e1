import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { InvalidInput } from '../errors.ts'
import type { Principal } from '../http/auth.ts'
import { GROUND_TYPES } from '../law/vocabulary.ts'
import type { ApplicationRow } from './application.table.ts'
import { type Cursor, listApplications } from './repository.ts'
import type { ListQuery } from './schemas.ts'
import { municipality, visibilityOf } from './service.ts'

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/

export function encodeCursor(row: Pick<ApplicationRow, 'received_date' | 'id'>): string {
  return Buffer.from(`${row.received_date}|${row.id}`).toString('base64url')
}

export function decodeCursor(cursor: string): Cursor {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) throw new InvalidInput('/cursor', 'cursor is not a nextCursor this service gave out')
  return { receivedDate: match[1]!, id: match[2]! }
}

/** One page of the caller's applications, filtered; `nextCursor` is null on the last page. */
export async function listForCaller(
  db: Kysely<Database>,
  principal: Principal,
  query: ListQuery,
  personHash: string | undefined,
): Promise<{ rows: ApplicationRow[]; nextCursor: string | null }> {
  if (query.groundType && !(GROUND_TYPES as readonly string[]).includes(query.groundType)) {
    throw new InvalidInput('/groundType', `groundType must be one of ${GROUND_TYPES.join(', ')}`)
  }
  const limit = query.limit ?? 50
  const rows = await listApplications(
    db,
    {
      ...query,
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
