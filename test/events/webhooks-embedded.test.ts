import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { applicationBody } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, buildCheckedApp, TEST_BOOTSTRAP_KEY } from '../helpers/app.ts'
import { WebhookReceiver, waitFor } from '../helpers/webhook-receiver.ts'

/**
 * Issue 16: the embedded default (PGlite, nothing else running) runs the same outbox, feed and
 * pg-boss delivery queue (through pg-boss's PGlite adapter) as a PostgreSQL server.
 */
let app: FastifyInstance
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = await new WebhookReceiver().start()
  app = await buildCheckedApp({
    ...loadConfig({
      AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
      LOG_LEVEL: 'silent',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_DISPATCH_INTERVAL_MS: '100',
    }),
    database: { kind: 'pglite', dir: 'memory://' },
  })
  await app.ready()
}, 120_000)
afterAll(async () => {
  await app?.close()
  await receiver?.stop()
})

it('on the embedded PGlite: the feed lists the change and the webhook delivers it, signed, once', async () => {
  const subscribed = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: BOOTSTRAP_AUTH,
    payload: { url: receiver.url('/embedded'), types: ['dk.ansvar.takeover-application.created'] },
  })
  expect(subscribed.statusCode, subscribed.body).toBe(201)
  receiver.verifyWith('/embedded', subscribed.json().secret)
  const created = await app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    headers: BOOTSTRAP_AUTH,
    payload: applicationBody(),
  })
  expect(created.statusCode).toBe(201)
  const feed = await app.inject({ method: 'GET', url: '/v1/events', headers: BOOTSTRAP_AUTH })
  expect(feed.json().data.map((e: { subject: string }) => e.subject)).toEqual([created.json().id])
  await waitFor('the delivery', () => receiver.at('/embedded').length === 1)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  expect(receiver.at('/embedded').map((r) => r.event.subject)).toEqual([created.json().id])
  expect(receiver.rejected).toEqual([])
}, 60_000)
