import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { applicationBody } from '../applications/fixtures.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestDatabase,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
} from '../helpers/app.ts'
import { startProxy } from '../helpers/proxy.ts'

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function appOn(url: string, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await buildCheckedApp({
    ...loadConfig({
      AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    }),
    database: { kind: 'postgres', url, poolMax: 5 },
  })
  await app.ready()
  return app
}

const create = (app: FastifyInstance, reference: string) =>
  app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    payload: applicationBody({ externalReference: reference }),
    headers: BOOTSTRAP_AUTH,
  })

describe('faults', () => {
  it('the database going away mid-load: 503 problems, no crash, no partial writes, recovery without restart', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    if (database.settings.kind !== 'postgres') throw new Error('unreachable')
    const direct = new URL(database.settings.url)
    const proxy = await startProxy(new URL(direct))
    cleanups.push(() => proxy.close())
    const viaProxy = new URL(direct)
    viaProxy.hostname = '127.0.0.1'
    viaProxy.port = String(proxy.port)
    const app = await appOn(viaProxy.toString())
    cleanups.push(() => app.close())
    const audit = await appOn(direct.toString())
    cleanups.push(() => audit.close())

    const statuses: number[] = []
    const created: string[] = []
    const load = Array.from({ length: 60 }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 3))
      const res = await create(app, `FAULT-${i}`)
      statuses.push(res.statusCode)
      if (res.statusCode === 201) created.push(res.json().id)
      else {
        expect(res.statusCode).toBe(503)
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 60))
    proxy.cut()
    await Promise.all(load)
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0)
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(503)

    await proxy.restore()
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200)
    expect((await create(app, 'FAULT-after')).statusCode).toBe(201)

    // Every stored application is whole (it has its created event), and every 201 was stored.
    const rows = await audit.database.db
      .selectFrom('takeover_application as a')
      .leftJoin('application_event as e', (join) =>
        join.onRef('e.application_id', '=', 'a.id').on('e.type', '=', 'created'),
      )
      .select(['a.id', 'e.id as eventId'])
      .where('a.external_reference', 'like', 'FAULT-%')
      .execute()
    expect(rows.every((r) => r.eventId !== null)).toBe(true)
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(created))
  })

  it('graceful shutdown under load: every request the server accepted completes', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    if (database.settings.kind !== 'postgres') throw new Error('unreachable')
    const app = await appOn(database.settings.url)
    await app.listen({ port: 0, host: '127.0.0.1' })
    let accepted = 0
    app.server.on('request', () => {
      accepted++
    })
    const { port } = app.server.address() as AddressInfo
    const send = () =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(applicationBody())
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/takeover-applications',
            agent: false,
            headers: {
              ...BOOTSTRAP_AUTH,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    const inFlight = Array.from({ length: 30 }, send)
    while (accepted < 30) await new Promise((resolve) => setTimeout(resolve, 1))
    const closing = app.close()
    const statuses = await Promise.all(inFlight)
    await closing
    expect(statuses).toEqual(Array(30).fill(201))
  })
})
