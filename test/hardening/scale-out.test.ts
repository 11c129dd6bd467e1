import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { applicationBody } from '../applications/fixtures.ts'
import {
  BOOTSTRAP_AUTH,
  createTestDatabase,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
} from '../helpers/app.ts'
import { attachConformance } from '../helpers/conformance.ts'

/** Two instances of the service against one database, as behind a load balancer. */
let instances: FastifyInstance[] = []
let drop: () => Promise<void>
const checks: ReturnType<typeof attachConformance>[] = []
beforeAll(async () => {
  requireRealPostgres()
  const database = await createTestDatabase()
  drop = database.drop
  instances = await Promise.all(
    [1, 2].map(async () => {
      const app = await buildApp({
        ...loadConfig({
          AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
          LOG_LEVEL: 'silent',
          MAX_EVENT_LOOP_DELAY_MS: '0',
        }),
        database: database.settings,
      })
      checks.push(attachConformance(app))
      await app.ready()
      return app
    }),
  )
})
afterAll(async () => {
  for (const app of instances) await app.close()
  await drop?.()
  for (const check of checks) check.assertConforms()
})

const onInstance = (i: number, options: InjectOptions) =>
  instances[i % 2]!.inject({ ...options, headers: { ...BOOTSTRAP_AUTH, ...options.headers } })

describe('scale-out: two instances, one database', () => {
  it('both instances pseudonymise CPR numbers with the same key, so repeat applicants link across them', async () => {
    const first = await onInstance(0, {
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'SO-1', receivedDate: '2025-01-01' }),
    })
    const second = await onInstance(1, {
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'SO-2', receivedDate: '2025-02-01' }),
    })
    expect(second.json().previousApplications?.ids, second.body).toEqual([first.json().id])
  })

  it('an Idempotency-Key retried on the other instance, concurrently, still creates one application', async () => {
    const payload = applicationBody({ externalReference: 'SO-IDEM' })
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        onInstance(i, {
          method: 'POST',
          url: '/v1/takeover-applications',
          payload,
          headers: { 'idempotency-key': 'so-idem' },
        }),
      ),
    )
    expect(
      responses.map((r) => r.statusCode),
      responses.find((r) => r.statusCode === 503)?.body,
    ).toEqual(Array(8).fill(201))
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1)
  })

  it('concurrent decisions on the two instances: exactly one wins', async () => {
    const id = (
      await onInstance(0, {
        method: 'POST',
        url: '/v1/takeover-applications',
        payload: applicationBody({ externalReference: 'SO-RACE' }),
      })
    ).json().id
    const results = await Promise.all([
      onInstance(0, {
        method: 'POST',
        url: `/v1/takeover-applications/${id}/decision`,
        payload: { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' },
      }),
      onInstance(1, {
        method: 'POST',
        url: `/v1/takeover-applications/${id}/decision`,
        payload: { outcome: 'refused', decisionDate: '2025-03-20', justification: 'x' },
      }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
  })

  it('an application written by one instance is read, with its ETag, by the other', async () => {
    const created = await onInstance(0, {
      method: 'POST',
      url: '/v1/takeover-applications',
      payload: applicationBody({ externalReference: 'SO-READ' }),
    })
    const read = await onInstance(1, { method: 'GET', url: `/v1/takeover-applications/${created.json().id}` })
    expect(read.statusCode).toBe(200)
    expect(read.headers.etag).toBe(created.headers.etag)
  })
})
