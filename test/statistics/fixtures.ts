/**
 * Known data sets for the statistics tests, inserted directly with Kysely (the applications API is
 * tested on its own). Every row satisfies the table's constraints: the status follows from the facts
 * given (decision → decided, appeal → appealed / appeal_decided, withdrawal → withdrawn).
 */

import { createHash, randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../src/db/schema.ts'
import { drainStatistics } from '../../src/statistics/refresh.ts'
import { keyHeader } from '../helpers/keys.ts'

export interface FixtureGround {
  type: string
  lgbtqRelated?: boolean
}

export interface FixtureApplication {
  /** A label for the person; the same label = the same person (repeat applicant). */
  person: string
  to: string
  from: string
  received: string
  grounds: FixtureGround[]
  category?: string
  assessmentOutcome?: 'obligated' | 'individual_assessment' | 'not_obligated'
  decision?: { outcome: 'approved' | 'refused'; date: string }
  withdrawn?: string
  appeal?: { lodged: string; outcome?: 'upheld' | 'changed' | 'remitted' | 'dismissed'; decided?: string }
  reductions?: { percent: number; effective: string }[]
}

/**
 * Exact national figures: these tests check what is counted; the cell key method (perturbation of what
 * national keys see) has its own tests in differencing.test.ts.
 */
export const EXACT = { STATS_PERTURBATION: 'off' } as const

const personHash = (label: string) => createHash('sha256').update(`fixture:${label}`).digest('hex')

function statusOf(a: FixtureApplication): string {
  if (a.appeal?.outcome) return 'appeal_decided'
  if (a.appeal) return 'appealed'
  if (a.decision) return 'decided'
  if (a.withdrawn) return 'withdrawn'
  return 'received'
}

/** Inserts the applications (and their benefit reductions) in one statement each; returns their ids. */
export async function insertApplications(
  db: Kysely<Database>,
  apps: readonly FixtureApplication[],
  /** `drain: false` leaves the changes queued for the statistics cubes (the refresh tests). */
  options: { drain: boolean } = { drain: true },
): Promise<string[]> {
  if (apps.length === 0) return []
  const rows = apps.map((a, i) => ({
    id: randomUUID(),
    external_reference: `FIXTURE-${i}-${randomUUID().slice(0, 8)}`,
    person_hash: personHash(a.person),
    category: a.category ?? 'refugee',
    from_municipality: a.from,
    to_municipality: a.to,
    received_date: a.received,
    planned_move_date: null,
    responsibility_date: null,
    visitation_decision_date: null,
    residence_permit_date: null,
    cpr_registration_date: null,
    grounds: JSON.stringify(a.grounds),
    ground_types: [...new Set(a.grounds.map((g) => g.type))].sort(),
    assessment: JSON.stringify({ fixture: true }),
    assessment_outcome: a.assessmentOutcome ?? 'individual_assessment',
    handover_dates: null,
    status: statusOf(a),
    decision_outcome: a.decision?.outcome ?? null,
    decision_date: a.decision?.date ?? null,
    decision_legal_basis: a.decision?.outcome === 'approved' ? 'voluntary' : null,
    decision_justification: null,
    decision_conditions: null,
    move_date: null,
    takeover_effective_date: null,
    withdrawn_date: a.withdrawn ?? null,
    appeal_lodged_date: a.appeal?.lodged ?? null,
    appeal_outcome: a.appeal?.outcome ?? null,
    appeal_decision_date: a.appeal?.decided ?? null,
    created_by: 'fixture',
  }))
  await db.insertInto('takeover_application').values(rows).execute()
  const reductions = apps.flatMap((a, i) =>
    (a.reductions ?? []).map((r) => ({
      application_id: rows[i]!.id,
      decided_reduction_percent: r.percent,
      max_proportionate_reduction_percent: null,
      verdict: 'proportionate',
      effective_date: r.effective,
      moved_back_date: null,
      full_benefit_restored_date: null,
      justification: null,
      assessment: JSON.stringify({ fixture: true }),
      created_by: 'fixture',
    })),
  )
  if (reductions.length > 0) await db.insertInto('benefit_reduction').values(reductions).execute()
  // The cubes follow from the queue; a statistics read drains it first, and so do the tests that read
  // the cubes directly (fetchBuckets).
  if (options.drain) await drainStatistics(db, { wait: true })
  return rows.map((r) => r.id)
}

/** Empties the application tables (the statistics cubes follow through their truncate trigger). */
export async function clearApplications(db: Kysely<Database>): Promise<void> {
  await sql`truncate takeover_milestone, benefit_reduction, access_log, application_event, idempotency_key, takeover_application`.execute(
    db,
  )
}

/** `n` applications that differ only by person, e.g. to make a cell reach the threshold. */
export function repeat(n: number, make: (i: number) => FixtureApplication): FixtureApplication[] {
  return Array.from({ length: n }, (_, i) => make(i))
}

/** A bearer header for a new key with statistics:read, bound to a municipality or national (null). */
export function statisticsKey(
  app: FastifyInstance,
  municipality: string | null,
): Promise<{ authorization: string }> {
  return keyHeader(app, `stats-${municipality ?? 'national'}-${randomUUID().slice(0, 8)}`, municipality, [
    'statistics:read',
  ])
}

export type Row = Record<string, string | number | null>

/** GET a statistics report as JSON and return the parsed body (asserting 200). */
export async function getStatistics(
  app: FastifyInstance,
  path: string,
  headers: Record<string, string>,
): Promise<{ data: Row[]; meta: Record<string, unknown> }> {
  const res = await app.inject({ method: 'GET', url: path, headers })
  if (res.statusCode !== 200) throw new Error(`GET ${path} → ${res.statusCode}: ${res.body}`)
  return res.json()
}

export const addDays = (start: string, days: number) => {
  const d = new Date(`${start}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
const decidedAfter = (person: string, to: string, days: number): FixtureApplication => ({
  person,
  to,
  from: '825',
  received: '2025-02-01',
  grounds: [{ type: 'employment' }],
  decision: { outcome: days % 20 === 0 ? 'approved' : 'refused', date: addDays('2025-02-01', days) },
})
const CPH_DAYS = [10, 20, 30, 40, 50, 60]
const AARHUS_DAYS = [5, 15, 25, 35, 45]
/** Decisions in 2025: to 101 after 10…60 days, to 751 after 5…45 days (median 35 and 25). */
export const PROCESSING = [
  ...CPH_DAYS.map((d, i) => decidedAfter(`c${i}`, '101', d)),
  ...AARHUS_DAYS.map((d, i) => decidedAfter(`a${i}`, '751', d)),
]
