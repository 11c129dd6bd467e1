import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { APPROVED_OBLIGATED, approvedTakeover, registered, stepped } from '../applications/fixtures.ts'
import {
  BOOTSTRAP_AUTH,
  buildCheckedApp,
  createTestApp,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
  type TestApp,
} from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { WebhookReceiver, waitFor } from '../helpers/webhook-receiver.ts'

/**
 * Issue 16, items 3–5: signed webhooks on the pg-boss queue, on the real PostgreSQL server, to a
 * real receiver on 127.0.0.1 that verifies each signature with the reference standardwebhooks
 * package. Retries are made short (1–2 s, an 8 s window) so that the suite runs in seconds.
 */
const WEBHOOK_ENV = {
  WEBHOOK_DELIVERY: 'true',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  WEBHOOK_RETRY_DELAY_MAX_SECONDS: '2',
  WEBHOOK_RETRY_WINDOW_SECONDS: '8',
  WEBHOOK_DISPATCH_INTERVAL_MS: '100',
}
type Auth = { authorization: string }
let t: TestApp
let receiver: WebhookReceiver
let receiving: Auth
let departure: Auth
let outsider: Auth

beforeAll(async () => {
  requireRealPostgres()
  receiver = await new WebhookReceiver().start()
  t = await createTestApp(WEBHOOK_ENV)
  receiving = await keyHeader(t.app, 'kk-erp', '101', ['applications:read', 'webhooks:write'])
  departure = await keyHeader(t.app, 'morsoe-erp', '773', ['applications:read', 'webhooks:write'])
  outsider = await keyHeader(t.app, 'aarhus-erp', '751', ['applications:read', 'webhooks:write'])
}, 120_000)
afterAll(async () => {
  await t?.close()
  await receiver?.stop()
})

const ALL_TYPES = [
  'dk.ansvar.takeover-application.created',
  'dk.ansvar.takeover-application.decided',
  'dk.ansvar.takeover-application.moved',
  'dk.ansvar.takeover-application.withdrawn',
  'dk.ansvar.takeover-application.appealed',
  'dk.ansvar.takeover-application.appeal-decided',
  'dk.ansvar.benefit-reduction.recorded',
]

async function subscribe(auth: Auth, path: string, types = ALL_TYPES) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: auth,
    payload: { url: receiver.url(path), types },
  })
  expect(res.statusCode, res.body).toBe(201)
  const body = res.json()
  receiver.verifyWith(path, body.secret)
  return body as { id: string; secret: string }
}

async function deliveries(auth: Auth, subscriptionId: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/v1/webhook-subscriptions/${subscriptionId}/deliveries`,
    headers: auth,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data as {
    id: string
    status: string
    attempts: number
    responseStatus: number | null
    responseBody: string | null
    subject: string
  }[]
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))

describe('subscriptions', () => {
  it('are created with a whsec_ secret shown once, listed, read and deleted per municipality, with scope webhooks:write', async () => {
    const created = await subscribe(receiving, '/crud')
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    const list = await t.app.inject({ method: 'GET', url: '/v1/webhook-subscriptions', headers: receiving })
    expect(list.json().data.map((s: { id: string }) => s.id)).toContain(created.id)
    expect(JSON.stringify(list.json())).not.toContain(created.secret)
    const one = (auth: Auth) =>
      t.app.inject({ method: 'GET', url: `/v1/webhook-subscriptions/${created.id}`, headers: auth })
    expect((await one(receiving)).json()).toMatchObject({ id: created.id, municipality: '101' })
    expect((await one(outsider)).statusCode).toBe(404)
    const readOnly = await keyHeader(t.app, 'kk-reader', '101', ['applications:read'])
    expect((await one(readOnly)).statusCode).toBe(403)
    const del = (auth: Auth) =>
      t.app.inject({ method: 'DELETE', url: `/v1/webhook-subscriptions/${created.id}`, headers: auth })
    expect((await del(outsider)).statusCode).toBe(404)
    expect((await del(receiving)).statusCode).toBe(204)
    expect((await one(receiving)).statusCode).toBe(404)
  })

  it.each([
    ['not-a-url', 'absolute URL'],
    ['http://erp.example.dk/hook', 'https'],
    ['https://10.0.0.7/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'metadata'],
    ['https://[::1]/hook', 'loopback'],
    ['https://user:pw@erp.example.dk/hook', 'password'],
  ])('refuses %s with a 422 problem naming /url (%s)', async (url) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: receiving,
      payload: { url, types: ALL_TYPES },
    })
    expect(res.statusCode, res.body).toBe(422)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().errors[0].pointer).toBe('/url')
  })
})

describe('deliveries', () => {
  it('each change reaches the receiving municipality’s receiver once, signed, in order; the departure municipality gets the decision and the move; another municipality nothing', async () => {
    const mine = await subscribe(receiving, '/kk')
    const theirs = await subscribe(departure, '/morsoe', [
      'dk.ansvar.takeover-application.decided',
      'dk.ansvar.takeover-application.moved',
    ])
    const other = await subscribe(outsider, '/aarhus')
    const id = await approvedTakeover(t.app, { externalReference: 'KK-HOOK-1' })
    await waitFor('3 deliveries to København', () => receiver.at('/kk').length >= 3)
    await waitFor('2 deliveries to Morsø', () => receiver.at('/morsoe').length >= 2)
    await settle()
    expect(receiver.at('/kk').map((r) => r.event.type)).toEqual([
      'dk.ansvar.takeover-application.created',
      'dk.ansvar.takeover-application.decided',
      'dk.ansvar.takeover-application.moved',
    ])
    expect(receiver.at('/kk').every((r) => r.event.subject === id)).toBe(true)
    expect(receiver.at('/morsoe').map((r) => r.event.type)).toEqual([
      'dk.ansvar.takeover-application.decided',
      'dk.ansvar.takeover-application.moved',
    ])
    expect(receiver.at('/aarhus')).toEqual([])
    expect(receiver.rejected).toEqual([])
    const log = await deliveries(receiving, mine.id)
    expect(log.map((d) => [d.status, d.attempts, d.responseStatus])).toEqual([
      ['delivered', 1, 204],
      ['delivered', 1, 204],
      ['delivered', 1, 204],
    ])
    expect(new Set(receiver.at('/kk').map((r) => r.webhookId))).toEqual(new Set(log.map((d) => d.id)))
    expect(await deliveries(departure, theirs.id)).toHaveLength(2)
    expect(await deliveries(outsider, other.id)).toEqual([])
    for (const path of ['/kk', '/morsoe', '/aarhus']) receiver.answer(path, 410) // quiet from here on
  })

  it('a receiver down for a while gets every event afterwards, in order per application', async () => {
    await subscribe(receiving, '/later')
    await receiver.stop()
    const first = await registered(t.app, { externalReference: 'KK-DOWN-1' })
    const second = await registered(t.app, { externalReference: 'KK-DOWN-2' })
    await stepped(t.app, first, '/decision', APPROVED_OBLIGATED)
    await stepped(t.app, second, '/withdrawal', { withdrawnDate: '2025-03-10' })
    await stepped(t.app, first, '/move', { moveDate: '2025-05-01' })
    await new Promise((resolve) => setTimeout(resolve, 3000)) // attempts fail: connection refused
    await receiver.start()
    await waitFor('5 deliveries after the receiver is back', () => receiver.at('/later').length >= 5)
    await settle()
    const of = (id: string) =>
      receiver
        .at('/later')
        .filter((r) => r.event.subject === id)
        .map((r) => r.event.type.split('.').at(-1))
    expect(of(first)).toEqual(['created', 'decided', 'moved'])
    expect(of(second)).toEqual(['created', 'withdrawn'])
    receiver.answer('/later', 410)
  })

  it('a receiver that keeps failing: retried until the window ends, then failed (dead-lettered) with the code and 1 KB of the answer; retry redelivers', async () => {
    const failing = await subscribe(receiving, '/failing', ['dk.ansvar.takeover-application.created'])
    receiver.answer('/failing', 500)
    const id = await registered(t.app, { externalReference: 'KK-DEAD' })
    let log: Awaited<ReturnType<typeof deliveries>> = []
    await waitFor(
      'the delivery to be dead-lettered',
      async () => {
        log = await deliveries(receiving, failing.id)
        return log[0]?.status === 'failed'
      },
      60_000,
    )
    expect(log[0]!.subject).toBe(id)
    expect(log[0]!.attempts).toBeGreaterThan(3)
    expect(log[0]!.responseStatus).toBe(500)
    expect(log[0]!.responseBody).toHaveLength(1024)
    receiver.answer('/failing', 200)
    const retried = await t.app.inject({
      method: 'POST',
      url: `/v1/webhook-subscriptions/${failing.id}/deliveries/${log[0]!.id}/retry`,
      headers: receiving,
    })
    expect(retried.statusCode, retried.body).toBe(202)
    await waitFor('the retried delivery', () => receiver.at('/failing').length === 1)
    expect(receiver.at('/failing')[0]!.event.subject).toBe(id)
  }, 90_000)
})

describe('two instances on one database', () => {
  it('deliver every event, each made by one of them (duplicates counted)', async () => {
    const second = await buildCheckedApp({
      ...loadConfig({ AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY, LOG_LEVEL: 'silent', ...WEBHOOK_ENV }),
      database: { kind: 'postgres', url: t.databaseUrl!, poolMax: 5 },
    })
    await second.ready()
    try {
      await subscribe(receiving, '/both')
      const ids: string[] = []
      for (let i = 0; i < 20; i++) {
        const app = i % 2 === 0 ? t.app : second
        const res = await app.inject({
          method: 'POST',
          url: '/v1/takeover-applications',
          headers: BOOTSTRAP_AUTH,
          payload: {
            ...(await import('../applications/fixtures.ts')).applicationBody({
              externalReference: `KK-BOTH-${i}`,
            }),
          },
        })
        expect(res.statusCode).toBe(201)
        ids.push(res.json().id)
      }
      await waitFor('20 deliveries', () => new Set(receiver.at('/both').map((r) => r.event.id)).size >= 20)
      await settle()
      const events = receiver.at('/both').map((r) => r.event.subject)
      expect(new Set(events)).toEqual(new Set(ids))
      const duplicates = events.length - new Set(events).size
      expect(duplicates).toBe(0)
    } finally {
      await second.close()
    }
  }, 60_000)
})
