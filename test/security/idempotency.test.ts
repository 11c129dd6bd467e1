import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashIdempotencyKey } from '../../src/http/idempotency.ts'
import { registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'

/**
 * Issue 13, item 5, replayed: the same Idempotency-Key twice on `/benefit-reductions` made two rows and
 * on `/move` two events. Every state-changing POST that opts in (`config.idempotent`) now has the
 * create's semantics.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' })
})
afterAll(() => t.close())

const post = (url: string, payload: object, key?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...(key ? { 'idempotency-key': key } : {}) },
  })
const count = async (table: 'application_event' | 'benefit_reduction', id: string) =>
  Number(
    (
      await t.app.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('application_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  )

const REDUCTION = {
  household: { adults: 1, dependentChildren: 0, benefitIsOnlyIncome: true, healthIssues: false },
  evasion: {
    stoppedParticipatingBeforeMove: true,
    refusedOffersBeforeMove: 2,
    statedIntentToContinueProgramme: false,
  },
  decidedReductionPercent: 50,
  effectiveDate: '2025-05-01',
  justification: 'Konkret vurdering.',
}
const REFUSAL = { outcome: 'refused', decisionDate: '2025-03-20', justification: 'Ikke godtgjort.' }

async function refusedApplication(reference: string): Promise<string> {
  const id = await registered(t.app, { externalReference: reference })
  return stepped(t.app, id, '/decision', REFUSAL)
}

describe('Idempotency-Key on every state-changing POST (issue 13, item 5)', () => {
  it('/move twice with one key: one event, the second answer is the first replayed', async () => {
    const id = await registered(t.app, { externalReference: 'IDEM-MOVE-1' })
    const first = await post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-04-01' }, 'move-key-1')
    const again = await post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-04-01' }, 'move-key-1')
    expect(first.statusCode).toBe(200)
    expect(again.statusCode).toBe(200)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    expect(again.json()).toEqual(first.json())
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(await count('application_event', id)).toBe(2) // created + one move
    // without a key, a second move is a second change (the key is what makes a retry safe)
    const unkeyed = await post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-04-02' })
    expect(unkeyed.statusCode).toBe(200)
    expect(await count('application_event', id)).toBe(3)
  })

  it('/benefit-reductions twice with one key: one row, 201 replayed with its Location', async () => {
    const id = await refusedApplication('IDEM-BR-1')
    const url = `/v1/takeover-applications/${id}/benefit-reductions`
    const first = await post(url, REDUCTION, 'br-key-1')
    const again = await post(url, REDUCTION, 'br-key-1')
    expect(first.statusCode).toBe(201)
    expect(again.statusCode).toBe(201)
    expect(again.json()).toEqual(first.json())
    expect(again.headers.location).toBe(first.headers.location)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(await count('benefit_reduction', id)).toBe(1)
  })

  it('the same key with another body is 422 and changes nothing; an error answer releases the key', async () => {
    const id = await registered(t.app, { externalReference: 'IDEM-422' })
    const url = `/v1/takeover-applications/${id}/appeal`
    // an appeal before a decision is 409: not stored, so the key is free for the corrected request
    const early = await post(url, { lodgedDate: '2025-04-01' }, 'appeal-key')
    expect(early.statusCode).toBe(409)
    await stepped(t.app, id, '/decision', REFUSAL)
    const appealed = await post(url, { lodgedDate: '2025-04-01' }, 'appeal-key')
    expect(appealed.statusCode).toBe(200)
    const other = await post(url, { lodgedDate: '2025-04-02' }, 'appeal-key')
    expect(other.statusCode).toBe(422)
    expect(other.json()).toMatchObject({ type: 'urn:ansvar:problem:idempotency-key-reused' })
    expect(await count('application_event', id)).toBe(3)
  })

  it('every POST that changes state declares the header (a new one must opt in), and no other route does', async () => {
    // POSTs that compute an answer and store nothing (the assessments and the dates), and the creation of
    // an API key, whose answer holds the new key: a replay would have to store it in clear
    const computation = (route: string) =>
      /^POST \/v1\/([a-z-]+-assessments|handover-dates|api-keys)$/.test(route)
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()
    const declaring: string[] = []
    for (const [path, operations] of Object.entries<
      Record<string, { parameters?: { in: string; name: string }[] }>
    >(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (
          operation.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')
        )
          declaring.push(`${method.toUpperCase()} ${path}`)
      }
    }
    const honouring = t.app.securedRoutes
      .filter((r) => r.method === 'POST')
      .map((r) => `POST ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .filter((r) => !computation(r))
    expect(declaring.sort()).toEqual(honouring.sort())
    for (const path of ['decision', 'move', 'withdrawal', 'appeal', 'appeal/decision', 'benefit-reductions'])
      expect(declaring).toContain(`POST /v1/takeover-applications/{id}/${path}`)
  })

  it('keys are stored as hashes, never as sent', async () => {
    const id = await registered(t.app, { externalReference: 'IDEM-HASH' })
    await post(`/v1/takeover-applications/${id}/withdrawal`, { withdrawnDate: '2025-04-01' }, '010190-1234')
    const rows = await t.app.database.db.selectFrom('idempotency_key').select('key').execute()
    expect(rows.map((r) => r.key)).toContain(hashIdempotencyKey('010190-1234'))
    expect(rows.map((r) => r.key)).not.toContain('010190-1234')
  })

  it('ten concurrent requests with one key: exactly one change, every answer the same (real PostgreSQL)', async () => {
    requireRealPostgres()
    const id = await refusedApplication('IDEM-PARALLEL')
    const url = `/v1/takeover-applications/${id}/benefit-reductions`
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(url, REDUCTION, 'parallel-key')))
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(201))
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1)
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9)
    expect(await count('benefit_reduction', id)).toBe(1)
    const moves = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(`/v1/takeover-applications/${id}/move`, { moveDate: '2025-04-01' }, 'move-par'),
      ),
    )
    expect(new Set(moves.map((a) => a.statusCode))).toEqual(new Set([200]))
    const events = await sql<{
      n: number
    }>`select count(*)::int as n from application_event where application_id = ${id} and type = 'move'`.execute(
      t.app.database.db,
    )
    expect(events.rows[0]!.n).toBe(1)
  })
})
