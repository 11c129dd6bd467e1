import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationBody } from '../applications/fixtures.ts'
import {
  BOOTSTRAP_AUTH,
  createTestDatabase,
  requireRealPostgres,
  TEST_BOOTSTRAP_KEY,
} from '../helpers/app.ts'
import { WebhookReceiver, waitFor } from '../helpers/webhook-receiver.ts'

/**
 * Issue 16, item 5: a process killed (SIGKILL) between the commit and the delivery delivers after a
 * restart — both when it died before fanning the event out, and when it died with the delivery in
 * flight (pg-boss hands the expired job to the next instance). Real server processes on 127.0.0.1
 * (port range 41500–41599) and a real receiver.
 */
const PORT = 41510
const BASE = `http://127.0.0.1:${PORT}`
let database: Awaited<ReturnType<typeof createTestDatabase>>
let receiver: WebhookReceiver
let child: ChildProcess | undefined

beforeAll(async () => {
  requireRealPostgres()
  database = await createTestDatabase()
  receiver = await new WebhookReceiver().start()
})
afterAll(async () => {
  child?.kill('SIGKILL')
  await receiver?.stop()
  await database?.drop()
})

async function startServer(env: Record<string, string> = {}): Promise<ChildProcess> {
  if (database.settings.kind !== 'postgres') throw new Error('needs PostgreSQL')
  const process_ = spawn(process.execPath, ['src/server.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.settings.url,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      AUTH_BOOTSTRAP_KEY: TEST_BOOTSTRAP_KEY,
      LOG_LEVEL: 'warn',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_TIMEOUT_MS: '1000',
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
      WEBHOOK_RETRY_DELAY_MAX_SECONDS: '2',
      WEBHOOK_DISPATCH_INTERVAL_MS: '100',
      WEBHOOK_QUEUE_MONITOR_SECONDS: '2',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitFor('the server to listen', async () => {
    try {
      return (await fetch(`${BASE}/health/live`)).ok
    } catch {
      return false
    }
  })
  return process_
}

async function kill(process_: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => process_.once('exit', resolve))
  process_.kill('SIGKILL')
  await exited
}

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { ...BOOTSTRAP_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as { id: string; secret: string }
}

describe('a process killed between commit and delivery', () => {
  it('delivers after a restart: killed before the fan-out, and killed with the delivery in flight', async () => {
    // 1. the first process commits the change, but dies before it fans it out (its next round is 60 s away)
    child = await startServer({ WEBHOOK_DISPATCH_INTERVAL_MS: '60000' })
    const subscription = await post('/v1/webhook-subscriptions', {
      url: receiver.url('/erp'),
      types: ['dk.ansvar.takeover-application.created'],
    })
    receiver.verifyWith('/erp', subscription.secret)
    await new Promise((resolve) => setTimeout(resolve, 300)) // its first round has run
    const first = await post('/v1/takeover-applications', applicationBody({ externalReference: 'KK-KILL-1' }))
    await kill(child)
    expect(receiver.at('/erp')).toEqual([])

    // 2. a restarted process delivers it; then it dies while the receiver holds the next delivery open
    child = await startServer()
    await waitFor('the first event after the restart', () => receiver.at('/erp').length === 1)
    expect(receiver.at('/erp')[0]!.event.subject).toBe(first.id)
    receiver.answer('/erp', 0)
    const second = await post(
      '/v1/takeover-applications',
      applicationBody({ externalReference: 'KK-KILL-2' }),
    )
    await waitFor('the second delivery to be in flight', () => receiver.held.length === 1)
    await kill(child)

    // 3. the next process takes the expired job over and delivers it
    receiver.answer('/erp', 204)
    child = await startServer()
    await waitFor(
      'the in-flight event after the second restart',
      () => receiver.at('/erp').length === 2,
      120_000, // the job expires after 10 s; the queue's next monitor pass then hands it out again
    )
    expect(receiver.at('/erp').map((r) => r.event.subject)).toEqual([first.id, second.id])
    await kill(child)
    child = undefined
  }, 240_000)
})
