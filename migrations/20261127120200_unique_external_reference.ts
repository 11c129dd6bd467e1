import { type Kysely, sql } from 'kysely'

/**
 * `externalReference` (the case system's own id) is unique per receiving municipality (issue 13, item
 * 11: ten parallel creates with one reference made ten applications). Duplicates already stored keep
 * the oldest as it is; each later one gets its reference suffixed with ` #dup-<its id>` (at most 200
 * characters, as the API allows), so that the index can be built and nothing is deleted. The index also
 * serves the duplicate check of every create.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update takeover_application a
    set external_reference = left(a.external_reference, 157) || ' #dup-' || a.id::text
    from (
      select id, row_number() over (
        partition by to_municipality, external_reference order by created_at, id) as n
      from takeover_application
    ) d
    where d.id = a.id and d.n > 1`.execute(db)
  await sql`create unique index takeover_application_natural_key
    on takeover_application (to_municipality, external_reference)`.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index takeover_application_natural_key`.execute(db)
}
