import { setTimeout as sleep } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { InvalidInput } from '../errors.ts'
import { type CloudEvent, EVENT_TYPES, toCloudEvent } from './cloud-event.ts'
import { decodeCursor, encodeCursor, readFeed } from './repository.ts'

interface FeedRequest {
  after: string | undefined
  limit: number
  type: string | undefined
  /** Long poll: when nothing is there yet, wait up to this many seconds for an event. */
  waitSeconds: number
  municipalityCode: string | null
  /** Aborted when the client goes away: a long poll stops at once. */
  signal: AbortSignal
}

/** How often a long poll looks again (polling works for every instance and on PGlite alike). */
const POLL_MS = 200

/**
 * One page of the caller's events, oldest first. `next` is the cursor to continue from; with no new
 * events it is the cursor given (or null when none was), so a consumer simply keeps calling with it.
 */
export async function eventFeed(
  db: Kysely<Database>,
  request: FeedRequest,
): Promise<{ data: CloudEvent[]; next: string | null }> {
  const after = request.after === undefined ? 0 : decodeCursor(request.after)
  if (after === undefined)
    throw new InvalidInput('/after', 'after is not a cursor this service gave out (use `next`)')
  const types = request.type === undefined ? undefined : parseTypes(request.type)
  const query = { after, limit: request.limit, types, municipalityCode: request.municipalityCode }
  const deadline = Date.now() + request.waitSeconds * 1000
  let rows = await readFeed(db, query)
  while (rows.length === 0 && Date.now() + POLL_MS <= deadline && !request.signal.aborted) {
    await sleep(POLL_MS, undefined, { signal: request.signal }).catch(() => undefined)
    if (!request.signal.aborted) rows = await readFeed(db, query)
  }
  const last = rows.at(-1)
  return {
    data: rows.map(toCloudEvent),
    next: last ? encodeCursor(last.position) : (request.after ?? null),
  }
}

function parseTypes(value: string): string[] {
  const types = value.split(',').map((t) => t.trim())
  const unknown = types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t))
  if (unknown !== undefined)
    throw new InvalidInput('/type', `type ${unknown} is not one of ${EVENT_TYPES.join(', ')}`)
  return types
}
