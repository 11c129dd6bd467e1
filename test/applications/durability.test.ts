import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { hashIdempotencyKey } from '../../src/http/idempotency.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestDatabase,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
} from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { applicationBody } from './fixtures.ts'

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function appOn(settings: Awaited<ReturnType<typeof createTestDatabase>>['settings']) {
  const app = await buildCheckedApp({
    ...loadConfig({ AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY, LOG_LEVEL: 'silent' }),
    database: settings,
  })
  await app.ready()
  return app
}

describe('durability', { timeout: 120_000 }, () => {
  it('data persists across a restart of the service (real PostgreSQL), and the CPR pseudonym key too', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    const first = await appOn(database.settings)
    const created = await first.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'KK-2025-0001' }),
      headers: BOOTSTRAP_AUTH,
    })
    await first.close()

    const second = await appOn(database.settings)
    cleanups.push(() => second.close())
    const read = await second.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${created.json().id}`,
      headers: BOOTSTRAP_AUTH,
    })
    expect(read.statusCode).toBe(200)
    expect(read.json().externalReference).toBe('KK-2025-0001')
    // the same person applying again after the restart is still linked (the HMAC key survived)
    const again = await second.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'KK-2025-0002', receivedDate: '2025-06-01' }),
      headers: BOOTSTRAP_AUTH,
    })
    expect(again.json().previousApplications.ids).toEqual([created.json().id])
  })

  it('an error in the middle of the create transaction leaves nothing half-written', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    const app = await appOn(database.settings)
    cleanups.push(() => app.close())
    // The audit event is the last write of a create: make the database refuse it for one key only.
    await sql`create trigger doomed before insert on application_event for each row
      when (new.actor = 'doomed-erp') execute function reject_change()`.execute(app.database.db)
    const doomed = await keyHeader(app, 'doomed-erp', '101')
    const res = await app.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'HALF-1' }),
      headers: { ...doomed, 'idempotency-key': 'half-1' },
    })
    expect(res.statusCode).toBe(500)
    expect(res.json().detail).toBe('An unexpected error occurred.')
    const rows = await app.database.db
      .selectFrom('takeover_application')
      .select('id')
      .where('external_reference', '=', 'HALF-1')
      .execute()
    expect(rows).toEqual([])
    const keys = await app.database.db
      .selectFrom('idempotency_key')
      .select('key')
      .where('key', '=', hashIdempotencyKey('half-1')) // keys are stored as their SHA-256
      .execute()
    expect(keys).toEqual([])
  })

  it('the embedded database keeps applications across a restart too', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const dir = await mkdtemp('/tmp/ansvar-durable-')
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const first = await appOn({ kind: 'pglite', dir })
    const id = (
      await first.inject({
        method: 'POST',
        url: '/v1/takeover-applications',
        payload: applicationBody(),
        headers: BOOTSTRAP_AUTH,
      })
    ).json().id
    await first.close()
    const second = await appOn({ kind: 'pglite', dir })
    cleanups.push(() => second.close())
    expect(
      (
        await second.inject({
          method: 'GET',
          url: `/v1/takeover-applications/${id}`,
          headers: BOOTSTRAP_AUTH,
        })
      ).statusCode,
    ).toBe(200)
  })
})
