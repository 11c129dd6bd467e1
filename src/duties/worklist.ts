/**
 * The deadline worklist (api.md "Wave 2"): every deadline of the caller's approved takeovers with its
 * state today, ordered by due date, then application and rule. Computed from the stored effective dates
 * and current milestones by the same pure law module as the tests (src/law/duties), so that the
 * worklist and the compliance figures can never disagree.
 */

import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { InvalidInput } from '../errors.ts'
import { todayInDenmark } from '../law/dates.ts'
import {
  type CurrentMilestone,
  type DeadlineState,
  type DutyDeadlineId,
  deadlineState,
  dutyDeadlines,
  type MilestoneType,
} from '../law/duties/index.ts'
import { approvedTakeovers, currentMilestones } from './repository.ts'

export interface WorklistEntry {
  applicationId: string
  externalReference: string
  toMunicipality: string
  deadlineId: DutyDeadlineId
  sequence: number
  startDate: string
  dueDate: string
  state: DeadlineState
  metOn?: string
  milestoneId?: string
  interpretation: boolean
  /** The deadline's own record key for the cell key method (compliance statistics), never published. */
  recordKey: number
}

/** A deadline's record key: 20 bits of md5 over its takeover's salted key, its rule and its sequence. */
function recordKeyOf(takeoverKey: number, deadlineId: string, sequence: number): number {
  const digest = createHash('md5').update(`${takeoverKey}:${deadlineId}:${sequence}`).digest()
  return digest.readUInt32BE(0) >>> 12
}

/** All deadlines of the approved takeovers received by `municipality` (all when null), as of `today`. */
export async function allDeadlines(
  db: Kysely<Database>,
  municipality: string | null,
  today: string = todayInDenmark(),
): Promise<WorklistEntry[]> {
  const takeovers = await approvedTakeovers(db, municipality)
  const milestones = new Map<string, CurrentMilestone[]>()
  for (const m of await currentMilestones(
    db,
    takeovers.map((t) => t.id),
  )) {
    const list = milestones.get(m.application_id) ?? []
    list.push({ id: m.id, type: m.type as MilestoneType, date: m.date })
    milestones.set(m.application_id, list)
  }
  return takeovers.flatMap((t) =>
    dutyDeadlines(t.takeover_effective_date!, milestones.get(t.id) ?? []).map((d) => {
      const state = deadlineState(d, today)
      const met = state === 'met' || state === 'met_late'
      return {
        applicationId: t.id,
        externalReference: t.external_reference,
        toMunicipality: t.to_municipality,
        deadlineId: d.deadlineId,
        sequence: d.sequence,
        startDate: d.startDate,
        dueDate: d.dueDate,
        state,
        ...(met ? { metOn: d.metBy!.date, milestoneId: d.metBy!.id } : {}),
        interpretation: d.interpretation,
        recordKey: recordKeyOf(t.record_key, d.deadlineId, d.sequence),
      }
    }),
  )
}

type SortKey = [dueDate: string, applicationId: string, deadlineId: string, sequence: number]
const keyOf = (e: WorklistEntry): SortKey => [e.dueDate, e.applicationId, e.deadlineId, e.sequence]

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < 4; i++) {
    if (a[i]! < b[i]!) return -1
    if (a[i]! > b[i]!) return 1
  }
  return 0
}

const CURSOR = /^\["\d{4}-\d{2}-\d{2}","[0-9a-f-]{36}","D-[A-Z-]+",\d{1,4}\]$/

function decodeCursor(cursor: string): SortKey {
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!CURSOR.test(text)) throw new InvalidInput('/cursor', 'cursor is not a `next` this service gave out')
  return JSON.parse(text) as SortKey
}

interface WorklistFilters {
  state?: DeadlineState | undefined
  deadline?: DutyDeadlineId | undefined
  dueBefore?: string | undefined
  dueAfter?: string | undefined
  limit: number
  cursor?: string | undefined
}

/** One page of the worklist and the cursor of the next (null on the last page). */
export function pageOf(entries: WorklistEntry[], filters: WorklistFilters) {
  const after = filters.cursor ? decodeCursor(filters.cursor) : undefined
  const selected = entries
    .filter(
      (e) =>
        (!filters.state || e.state === filters.state) &&
        (!filters.deadline || e.deadlineId === filters.deadline) &&
        (!filters.dueBefore || e.dueDate <= filters.dueBefore) &&
        (!filters.dueAfter || e.dueDate >= filters.dueAfter) &&
        (!after || compareKeys(keyOf(e), after) > 0),
    )
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)))
  const page = selected.slice(0, filters.limit)
  const last = page.at(-1)
  const next =
    selected.length > filters.limit && last
      ? Buffer.from(JSON.stringify(keyOf(last))).toString('base64url')
      : null
  return { data: page.map(({ sequence: _sequence, recordKey: _recordKey, ...row }) => row), next }
}
