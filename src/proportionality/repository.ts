/** The recorded benefit reductions (§ 32) of an application: Kysely, `db` first. */
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { BenefitReductionTable } from './benefit-reduction.table.ts'

type Db = Kysely<Database> | Transaction<Database>

export type BenefitReductionRow = Selectable<BenefitReductionTable>

/** Stores one decided reduction; the database sets its id and creation time. */
export async function insertBenefitReduction(
  db: Db,
  row: Insertable<BenefitReductionTable>,
): Promise<{ id: string; created_at: Date }> {
  return db
    .insertInto('benefit_reduction')
    .values(row)
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow()
}

/** An application's recorded reductions, oldest first. */
export async function listBenefitReductions(db: Db, applicationId: string): Promise<BenefitReductionRow[]> {
  return db
    .selectFrom('benefit_reduction')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}
