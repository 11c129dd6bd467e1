import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { NewOutboxRow, OutboxRow } from './event.table.ts'

type Db = Kysely<Database> | Transaction<Database>

/**
 * Why a reader cannot simply follow `position > cursor`: positions (an identity) are handed out
 * when a transaction inserts, not when it commits. Transaction A may take position 7, B position 8,
 * and B commit first: a reader then sees 8, moves its cursor past it, and never sees 7.
 *
 * The technique (a barrier on a transaction-level advisory lock): every transaction that writes an
 * event takes this lock SHARED, in the same statement and before its row gets a position, and keeps
 * it until it commits or rolls back; writers never wait for one another. A reader that finds new
 * events takes the lock EXCLUSIVE for the short read: that waits until every writer holding a
 * position has ended, and holds new writers back meanwhile, so every position at or below the
 * largest one the reader can see is final (committed, or rolled back and never to appear), and the
 * cursor never passes an event that commits later. The cost is a pause of a few milliseconds for
 * event writers while a reader reads. Unlike ordering by transaction id below the snapshot's xmin,
 * it is not held back by long transactions that write no events (a statistics rebuild, another
 * database on the same server). Per application, events come in the order of its changes: a change
 * writes its event after taking the application's row lock. PGlite (one connection) works the same.
 */
const OUTBOX_LOCK = 0x616e7376_6f757462n // 'ansvoutb'

/** The outbox row as a query: the shared barrier lock is taken by the row's FROM, before its position. */
export function outboxInsert(db: Pick<Db, 'insertInto'>, row: NewOutboxRow) {
  return db
    .insertInto('event_outbox')
    .columns(['type', 'application_id', 'from_municipality', 'to_municipality', 'data'])
    .expression(
      sql`select ${row.type}, ${row.application_id}::uuid, ${row.from_municipality}, ${row.to_municipality},
        ${row.data}::jsonb from (select pg_advisory_xact_lock_shared(${OUTBOX_LOCK}::bigint)) barrier`,
    )
}

export async function insertOutboxEvent(db: Db, row: NewOutboxRow): Promise<void> {
  await outboxInsert(db, row).execute()
}

interface FeedQuery {
  after: number
  limit: number
  types: readonly string[] | undefined
  /** Only events of applications to or from this municipality; null = all (a national key). */
  municipalityCode: string | null
}

function page(db: Db, query: FeedQuery, limit: number) {
  let select = db.selectFrom('event_outbox').selectAll().where('position', '>', query.after)
  if (query.types) select = select.where('type', 'in', [...query.types])
  const code = query.municipalityCode
  if (code)
    select = select.where((eb) =>
      eb.or([eb('to_municipality', '=', code), eb('from_municipality', '=', code)]),
    )
  return select.orderBy('position').limit(limit)
}

/** Committed events after the cursor, oldest first, none ever skipped (see OUTBOX_LOCK). */
export async function readFeed(db: Kysely<Database>, query: FeedQuery): Promise<OutboxRow[]> {
  // Nothing visible beyond the cursor: nothing to hand out, and no need to pause the writers.
  if ((await page(db, query, 1).execute()).length === 0) return []
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint)`.execute(tx)
    return page(tx, query, query.limit).execute()
  })
}

/** The opaque cursor: base64url of `p<position>`. */
export function encodeCursor(position: number): string {
  return Buffer.from(`p${position}`).toString('base64url')
}

export function decodeCursor(cursor: string): number | undefined {
  const match = /^p([0-9]{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString())
  return match ? Number(match[1]) : undefined
}
