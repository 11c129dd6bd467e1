import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashIdempotencyKey } from '../../src/http/idempotency.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'
import { applicationBody } from './fixtures.ts'

/** Idempotency and concurrency on a real PostgreSQL server: parallel requests, real row locks. */
let t: TestApp
beforeAll(async () => {
  requireRealPostgres()
  t = await createTestApp({ DB_POOL_MAX: '10' })
})
afterAll(() => t?.close())

const create = (payload: object, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...(key ? { 'idempotency-key': key } : {}) },
  })

async function rowsWithReference(reference: string): Promise<number> {
  const row = await t.app.database.db
    .selectFrom('takeover_application')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('external_reference', '=', reference)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe('Idempotency-Key', () => {
  it('the same key and body replay the first response: same id, same status, one row', async () => {
    const body = applicationBody({ externalReference: 'IDEM-1' })
    const first = await create(body, 'erp-retry-1')
    const second = await create(body, 'erp-retry-1')
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.json().id).toBe(first.json().id)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(second.headers.location).toBe(first.headers.location)
    expect(await rowsWithReference('IDEM-1')).toBe(1)
  })

  it("the first answer, built before the write, is the stored application: equal to a read of it, with the person's earlier applications", async () => {
    const applicant = { category: 'refugee', visitationDecisionDate: '2023-03-15', cpr: '020290-4321' }
    const earlier = await create(
      applicationBody({ externalReference: 'IDEM-6a', receivedDate: '2025-01-02', applicant }),
    )
    const body = applicationBody({ externalReference: 'IDEM-6', applicant })
    const first = await create(body, 'erp-retry-6')
    expect(first.statusCode).toBe(201)
    expect(first.json().previousApplications).toEqual({ count: 1, ids: [earlier.json().id] })
    const read = await t.app.inject({ method: 'GET', url: first.headers.location!, headers: BOOTSTRAP_AUTH })
    expect(read.json()).toEqual(first.json())
    expect(read.headers.etag).toBe(first.headers.etag)
    const replay = await create(body, 'erp-retry-6')
    expect(replay.json()).toEqual(first.json())
    const events = await t.app.inject({
      method: 'GET',
      url: `${first.headers.location}/events`,
      headers: BOOTSTRAP_AUTH,
    })
    expect(events.json().data).toMatchObject([{ type: 'created', statusAfter: 'received' }])
  })

  it('the same key with a different body is 422 and creates nothing', async () => {
    await create(applicationBody({ externalReference: 'IDEM-2' }), 'erp-retry-2')
    const other = await create(applicationBody({ externalReference: 'IDEM-2b' }), 'erp-retry-2')
    expect(other.statusCode).toBe(422)
    expect(other.json().type).toMatch(/idempotency-key-reused/)
    expect(await rowsWithReference('IDEM-2b')).toBe(0)
  })

  it('ten concurrent duplicates create exactly one row and all answer with its id', async () => {
    const body = applicationBody({ externalReference: 'IDEM-3' })
    const responses = await Promise.all(Array.from({ length: 10 }, () => create(body, 'erp-burst-3')))
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201))
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1)
    expect(await rowsWithReference('IDEM-3')).toBe(1)
  })

  it('two concurrent creates with one key: one writes, the other waits for its commit and replays it; nothing written twice', async () => {
    const body = applicationBody({ externalReference: 'IDEM-7' })
    const answers = await Promise.all([create(body, 'erp-race-7'), create(body, 'erp-race-7')])
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201])
    expect(answers.map((a) => a.headers['idempotent-replayed']).sort()).toEqual(['true', undefined])
    expect(answers[1]!.json()).toEqual(answers[0]!.json())
    const id = answers[0]!.json().id
    expect(await rowsWithReference('IDEM-7')).toBe(1)
    const written = async (table: 'application_event' | 'event_outbox') =>
      Number(
        (
          await t.app.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('application_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(await written('application_event')).toBe(1)
    expect(await written('event_outbox')).toBe(1)
    const keys = await t.app.database.db
      .selectFrom('idempotency_key')
      .select(['status_code', 'resource_id'])
      .where('key', '=', hashIdempotencyKey('erp-race-7'))
      .execute()
    expect(keys).toEqual([{ status_code: 201, resource_id: id }])
  })

  it('a request that failed validation does not claim its key: the corrected retry with the same key succeeds', async () => {
    const bad = await create(
      applicationBody({ externalReference: 'IDEM-4', toMunicipality: '999' }),
      'erp-retry-4',
    )
    expect(bad.statusCode).toBe(400)
    const good = await create(applicationBody({ externalReference: 'IDEM-4' }), 'erp-retry-4')
    expect(good.statusCode).toBe(201)
  })

  it('an expired key is forgotten: the same key then creates a new application', async () => {
    const body = applicationBody({ externalReference: 'IDEM-5' })
    const first = await create(body, 'erp-retry-5')
    await t.app.database.db
      .updateTable('idempotency_key')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('key', '=', hashIdempotencyKey('erp-retry-5'))
      .execute()
    // a new request under the forgotten key (the reference is unique: another application)
    const second = await create({ ...body, externalReference: 'IDEM-5b' }, 'erp-retry-5')
    expect(second.statusCode).toBe(201)
    expect(second.json().id).not.toBe(first.json().id)
  })
})

describe('concurrent decisions', () => {
  it('two decisions at once on one application: exactly one wins, the other is 409', async () => {
    for (let round = 0; round < 5; round++) {
      const id = (await create(applicationBody({ externalReference: `RACE-${round}` }))).json().id
      const decide = (outcome: string) =>
        t.app.inject({
          method: 'POST',
          url: `/v1/takeover-applications/${id}/decision`,
          payload:
            outcome === 'approved'
              ? { outcome, decisionDate: '2025-03-20', legalBasis: 'obligated' }
              : { outcome, decisionDate: '2025-03-20', justification: 'Begrundelse' },
          headers: BOOTSTRAP_AUTH,
        })
      const results = await Promise.all([decide('approved'), decide('refused')])
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
      const events = await t.app.database.db
        .selectFrom('application_event')
        .select('type')
        .where('application_id', '=', id)
        .where('type', '=', 'decision')
        .execute()
      expect(events).toHaveLength(1)
    }
  })

  it('racing with the same If-Match: one wins, the other gets 412 or 409', async () => {
    const id = (await create(applicationBody({ externalReference: 'RACE-ETAG' }))).json().id
    const move = (moveDate: string) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/takeover-applications/${id}/move`,
        payload: { moveDate },
        headers: { ...BOOTSTRAP_AUTH, 'if-match': '"v1"' },
      })
    const results = await Promise.all([move('2025-05-01'), move('2025-05-02')])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412])
  })
})
