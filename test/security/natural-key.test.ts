import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/database.ts'
import { assertMigrated, createMigrator } from '../../src/db/migrator.ts'
import { applicationBody } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'

/**
 * Issue 13, item 11, replayed: ten parallel creates with one externalReference and no Idempotency-Key
 * made ten applications. The reference is now unique per receiving municipality.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' })
})
afterAll(() => t.close())

const create = (payload: object, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...(key ? { 'idempotency-key': key } : {}) },
  })
const rowsWith = async (reference: string) =>
  (
    await t.app.database.db
      .selectFrom('takeover_application')
      .select(['id', 'to_municipality'])
      .where('external_reference', '=', reference)
      .execute()
  ).length

describe('externalReference is unique per receiving municipality (issue 13, item 11)', () => {
  it('a second create with the reference is a 409 problem with the Location of the existing application', async () => {
    const first = await create(applicationBody({ externalReference: 'NK-1' }))
    expect(first.statusCode).toBe(201)
    // other grounds, received later: still the same case in the case system
    const second = await create(
      applicationBody({
        externalReference: 'NK-1',
        receivedDate: '2025-03-10',
        grounds: [{ type: 'loneliness' }],
      }),
    )
    expect(second.statusCode).toBe(409)
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(second.headers.location).toBe(first.headers.location)
    expect(second.json()).toMatchObject({
      type: 'urn:ansvar:problem:duplicate-external-reference',
      existingApplicationId: first.json().id,
    })
    expect(await rowsWith('NK-1')).toBe(1)
    // the same reference at another receiving municipality is another case
    const elsewhere = await create(applicationBody({ externalReference: 'NK-1', toMunicipality: '751' }))
    expect(elsewhere.statusCode).toBe(201)
    expect(await rowsWith('NK-1')).toBe(2)
  })

  it('a retry with the Idempotency-Key of the first create is still its replay, not a conflict', async () => {
    const body = applicationBody({ externalReference: 'NK-KEY' })
    const first = await create(body, 'nk-key')
    const retry = await create(body, 'nk-key')
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.json().id).toBe(first.json().id)
    const otherKey = await create(body, 'nk-other-key')
    expect(otherKey.statusCode).toBe(409)
    expect(otherKey.headers.location).toBe(first.headers.location)
  })

  it('ten parallel creates with one reference and no key: exactly one wins, nine 409 pointing at it (real PostgreSQL)', async () => {
    requireRealPostgres()
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        create(
          applicationBody({
            externalReference: 'NK-PARALLEL',
            receivedDate: `2025-03-0${i}`.replace('-00', '-10'),
          }),
        ),
      ),
    )
    const statuses = answers.map((a) => a.statusCode).sort()
    expect(statuses).toEqual([201, ...Array(9).fill(409)])
    const winner = answers.find((a) => a.statusCode === 201)!
    for (const loser of answers.filter((a) => a.statusCode === 409))
      expect(loser.headers.location).toBe(winner.headers.location)
    expect(await rowsWith('NK-PARALLEL')).toBe(1)
  })

  it('the migration keeps the oldest of references stored twice and suffixes the later ones; nothing is deleted', async () => {
    const a = (await create(applicationBody({ externalReference: 'NK-OLD' }))).json().id
    const b = (await create(applicationBody({ externalReference: 'NK-OLD-2' }))).json().id
    // migrations run without the app's statement timeout, as at start (a connection of their own)
    const handle = t.databaseUrl
      ? await openDatabase({ kind: 'postgres', url: t.databaseUrl, poolMax: 1 })
      : t.app.database
    const migrator = createMigrator(handle.db)
    // back to just before the unique index (and the migrations after it)
    assertMigrated(await migrator.migrateTo('20261127120100_log_benefit_reduction_reads'))
    const migrations = await migrator.getMigrations()
    expect(
      migrations.find((m) => m.name === '20261127120200_unique_external_reference')?.executedAt,
    ).toBeUndefined()
    await t.app.database.db
      .updateTable('takeover_application')
      .set({ external_reference: 'NK-OLD' })
      .where('id', '=', b)
      .execute()
    assertMigrated(await migrator.migrateToLatest())
    if (handle !== t.app.database) await handle.close()
    const rows = await t.app.database.db
      .selectFrom('takeover_application')
      .select(['id', 'external_reference'])
      .where('id', 'in', [a, b])
      .execute()
    expect(Object.fromEntries(rows.map((r) => [r.id, r.external_reference]))).toEqual({
      [a]: 'NK-OLD',
      [b]: `NK-OLD #dup-${b}`,
    })
  })
})
