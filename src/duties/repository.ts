import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { MilestoneType } from '../law/duties/index.ts'
import type { MilestoneRow } from './milestone.table.ts'

type Db = Kysely<Database> | Transaction<Database>

interface NewMilestone {
  application_id: string
  type: MilestoneType
  date: string
  note: string | null
  supersedes: string | null
  recorded_by: string
}

export function insertMilestone(db: Db, milestone: NewMilestone): Promise<MilestoneRow> {
  return db.insertInto('takeover_milestone').values(milestone).returningAll().executeTakeFirstOrThrow()
}

/** Every milestone of an application, superseded ones included, in the order recorded. */
export function listMilestones(db: Db, applicationId: string): Promise<MilestoneRow[]> {
  return db
    .selectFrom('takeover_milestone')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute()
}

/** The milestones that no later milestone supersedes, of the given applications. */
export function currentMilestones(db: Db, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('takeover_milestone as m')
    .select(['m.id', 'm.application_id', 'm.type', 'm.date'])
    .where('m.application_id', 'in', applicationIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('takeover_milestone as s')
            .select(sql`1`.as('one'))
            .whereRef('s.supersedes', '=', 'm.id'),
        ),
      ),
    )
    .execute()
}

/** The approved takeovers with an effective date that carry the caller's duties (the receiving municipality). */
export function approvedTakeovers(db: Db, receivingMunicipality: string | null) {
  let query = db
    .selectFrom('takeover_application')
    .select(['id', 'external_reference', 'to_municipality', 'takeover_effective_date'])
    // The statistics' salted record key (migration 20261127130000), for the cell key method.
    .select(sql<number>`stats_record_key('takeover', id)`.as('record_key'))
    .where('decision_outcome', '=', 'approved')
    .where('takeover_effective_date', 'is not', null)
  if (receivingMunicipality) query = query.where('to_municipality', '=', receivingMunicipality)
  return query.execute()
}
