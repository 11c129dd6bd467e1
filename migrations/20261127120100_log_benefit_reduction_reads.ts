import { type Kysely, sql } from 'kysely'

/**
 * Reading a stored application through the § 32 routes is an access like any other (issue 13, item 2):
 * an assessment from `applicationId` reveals its status and assessed grounds, the list of recorded
 * reductions its decisions. Both are logged as reads, with the route they came through in `via`.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table access_log add column via text
    check (via in ('reduction-assessment', 'benefit-reductions'))`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table access_log drop column via`.execute(db)
}
