import type { Kysely } from 'kysely'
import type { JobResult, JobWithMetadata, PgBoss } from 'pg-boss'
import { Webhook } from 'standardwebhooks'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { toCloudEvent } from '../events/cloud-event.ts'
import { DELIVERY_QUEUE } from './queue.ts'
import { postJson, type SendResult } from './send.ts'
import { checkWebhookUrl, UrlRefused } from './url-policy.ts'

/** Fields first, a constant message (pino's shape, without depending on Fastify). */
type Log = {
  info: (fields: Record<string, unknown>, message: string) => void
  warn: (fields: Record<string, unknown>, message: string) => void
}

interface DeliveryJob {
  deliveryId: string
}

/**
 * One attempt of one delivery: the CloudEvent POSTed with the Standard Webhooks headers
 * (`webhook-id` = the delivery id, the same on every retry; `webhook-timestamp`; `webhook-signature`
 * `v1,<base64 HMAC-SHA256>`, made by the reference `standardwebhooks` package). A 2xx answer
 * delivers it. Anything else is recorded and thrown, so that pg-boss retries it with exponential
 * backoff and jitter; the last allowed attempt (about 24 h on) marks it failed — dead-lettered — and
 * completes the job, which lets the application's later events through.
 */
async function deliver(
  db: Kysely<Database>,
  settings: Config['webhooks'],
  job: JobWithMetadata<DeliveryJob>,
): Promise<void> {
  const row = await db
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_subscription as s', 's.id', 'd.subscription_id')
    .innerJoin('event_outbox as e', 'e.position', 'd.event_position')
    .select(['d.id', 'd.status', 's.url', 's.secret'])
    .select([
      'e.position',
      'e.id as event_id',
      'e.type',
      'e.application_id',
      'e.from_municipality',
      'e.to_municipality',
      'e.occurred_at',
      'e.data',
    ])
    .where('d.id', '=', job.data.deliveryId)
    .executeTakeFirst()
  // a deleted subscription takes its deliveries with it; a delivered one is not sent again
  if (!row || row.status === 'delivered') return
  const payload = JSON.stringify(
    toCloudEvent({
      position: row.position,
      id: row.event_id,
      type: row.type,
      application_id: row.application_id,
      from_municipality: row.from_municipality,
      to_municipality: row.to_municipality,
      occurred_at: row.occurred_at,
      data: row.data,
    }),
  )
  const result = await attempt(row.url, row.secret, row.id, payload, settings)
  const delivered = result.status !== null && result.status >= 200 && result.status < 300
  const last = job.retryCount >= job.retryLimit
  await db
    .updateTable('webhook_delivery')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_attempt_at: new Date(),
      response_status: result.status,
      response_body: result.body,
      error: result.error,
      status: delivered ? 'delivered' : last ? 'failed' : 'pending',
      delivered_at: delivered ? new Date() : null,
    }))
    .where('id', '=', row.id)
    .execute()
  if (!delivered && !last)
    throw new Error(`webhook delivery ${row.id} failed: ${result.error ?? `HTTP ${result.status}`}`)
}

async function attempt(
  url: string,
  secret: string,
  deliveryId: string,
  payload: string,
  settings: Config['webhooks'],
): Promise<SendResult> {
  let target: Awaited<ReturnType<typeof checkWebhookUrl>>
  try {
    // checked again now, and the address checked is the one connected to (DNS rebinding)
    target = await checkWebhookUrl(url, settings.allowedHosts)
  } catch (error) {
    if (error instanceof UrlRefused) return { status: null, body: null, error: error.message }
    throw error
  }
  const sentAt = new Date()
  const headers = {
    'webhook-id': deliveryId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(deliveryId, sentAt, payload),
    'user-agent': 'ansvar-webhooks',
  }
  return postJson(target, headers, payload, settings.timeoutMs)
}

/**
 * The workers of this instance; stopped with the app. Jobs come in batches of up to 20, attempted
 * side by side (the queue never hands out two jobs of one subscription and application at once),
 * each settled on its own: a failure retries that delivery only.
 */
export async function startDelivering(
  db: Kysely<Database>,
  boss: PgBoss,
  settings: Config['webhooks'],
  log: Log,
): Promise<void> {
  const attemptOne = async (job: JobWithMetadata<DeliveryJob>): Promise<JobResult> => {
    try {
      await deliver(db, settings, job)
      return { id: job.id, status: 'completed' }
    } catch (err) {
      log.info(
        { err, deliveryId: job.data.deliveryId, retryCount: job.retryCount },
        'webhook delivery failed',
      )
      return { id: job.id, status: 'failed', output: { message: (err as Error).message } }
    }
  }
  await boss.work(
    DELIVERY_QUEUE,
    // a full batch means more are waiting: fetch again at once (burst), not after the interval
    {
      batchSize: 20,
      burstWhenBatchFull: true,
      includeMetadata: true,
      perJobResults: true,
      pollingIntervalSeconds: 0.5,
    },
    (jobs: JobWithMetadata<DeliveryJob>[]) => Promise.all(jobs.map(attemptOne)),
  )
}
