/**
 * Webhook delivery lag and event-feed read cost (issue 16, item 6).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/webhooks.ts [rate=100] [seconds=20]
 *
 * Creates a scratch database, starts the service in a child process on 127.0.0.1:41520 with webhook
 * delivery on (default settings), subscribes a receiver on 127.0.0.1 (verifying each signature with
 * standardwebhooks), creates applications at a steady rate, and measures for each the time from its
 * 201 answer (the commit is just before) to the receiver getting the event. Then pages through the
 * feed and times the reads. Bounded: rate × seconds creates, 60 s to drain.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { Webhook } from 'standardwebhooks'
import { CREATE_APPLICATION_EXAMPLE } from '../src/applications/request-schemas.ts'
import { PRODUCTION_NODE_OPTIONS } from './options.ts'

const rate = Number(process.argv[2] ?? 100)
const seconds = Number(process.argv[3] ?? 20)
const admin = process.env.DATABASE_URL
if (!admin) throw new Error('set DATABASE_URL to a PostgreSQL server (an admin database)')
const KEY = 'bench-bootstrap-key-0123456789abcdef'
const PORT = 41520
const BASE = `http://127.0.0.1:${PORT}`
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
const database = `ansvar_bench_webhooks_${process.pid}`

const adminClient = new pg.Client({ connectionString: admin })
await adminClient.connect()
await adminClient.query(`create database ${database}`)
const url = new URL(admin)
url.pathname = `/${database}`

const received = new Map<string, number>()
let secret = ''
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (c: Buffer) => chunks.push(c))
  request.on('end', () => {
    const event = new Webhook(secret).verify(Buffer.concat(chunks).toString(), {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    }) as { subject: string }
    if (!received.has(event.subject)) received.set(event.subject, performance.now())
    response.writeHead(204).end()
  })
})
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
const receiverPort = (receiver.address() as AddressInfo).port

const server = spawn(process.execPath, [...PRODUCTION_NODE_OPTIONS, 'src/server.ts'], {
  env: {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: url.toString(),
    PORT: String(PORT),
    AUTH_BOOTSTRAP_KEY: KEY,
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '10000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})
try {
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error('server did not start')
    try {
      if ((await fetch(`${BASE}/health/ready`)).ok) break
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const subscription = await fetch(`${BASE}/v1/webhook-subscriptions`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      url: `http://127.0.0.1:${receiverPort}/hook`,
      types: ['dk.ansvar.takeover-application.created'],
    }),
  })
  secret = ((await subscription.json()) as { secret: string }).secret

  const answered = new Map<string, number>()
  const total = rate * seconds
  const start = performance.now()
  const creates: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
    const day = String((i % 28) + 1).padStart(2, '0')
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0')
    const body = {
      ...CREATE_APPLICATION_EXAMPLE,
      externalReference: `BENCH-${i}`,
      applicant: {
        ...CREATE_APPLICATION_EXAMPLE.applicant,
        cpr: `${day}${month}90-${String(1000 + (i % 9000))}`,
      },
    }
    creates.push(
      fetch(`${BASE}/v1/takeover-applications`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(body),
      }).then(async (res) => {
        const at = performance.now()
        if (res.status !== 201) throw new Error(`create ${res.status}: ${await res.text()}`)
        answered.set(((await res.json()) as { id: string }).id, at)
      }),
    )
  }
  await Promise.all(creates)
  const achieved = total / ((performance.now() - start) / 1000)
  const drainUntil = performance.now() + 60_000
  while (received.size < total && performance.now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 50))
  const lags = [...answered].map(([id, at]) => (received.get(id) ?? Number.NaN) - at).sort((a, b) => a - b)
  const quantile = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))]!.toFixed(0)

  const pageTimes: Record<number, number[]> = { 100: [], 1000: [] }
  for (const limit of [100, 1000]) {
    let after = ''
    for (;;) {
      const t0 = performance.now()
      const res = await fetch(`${BASE}/v1/events?limit=${limit}${after}`, { headers: auth })
      const page = (await res.json()) as { data: unknown[]; next: string }
      pageTimes[limit]!.push(performance.now() - t0)
      if (page.data.length === 0) break
      after = `&after=${page.next}`
    }
  }
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)
  console.log(
    JSON.stringify(
      {
        rate,
        seconds,
        achievedRate: Number(achieved.toFixed(1)),
        created: answered.size,
        delivered: received.size,
        lagMs: { p50: quantile(0.5), p90: quantile(0.9), p99: quantile(0.99), max: quantile(1) },
        feedPageMs: { limit100: mean(pageTimes[100]!), limit1000: mean(pageTimes[1000]!) },
      },
      null,
      2,
    ),
  )
} finally {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  receiver.close()
  await adminClient.query(`drop database if exists ${database} with (force)`)
  await adminClient.end()
}
