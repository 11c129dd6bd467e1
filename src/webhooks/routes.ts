import { randomBytes } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { PgBoss } from 'pg-boss'
import { Type } from 'typebox'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { Conflict, ContradictoryInput, NotFound, Unavailable } from '../errors.ts'
import type { EventType } from '../events/cloud-event.ts'
import { principalOf } from '../http/auth.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { laneOf, orderedId } from './dispatch.ts'
import { queueDeliveries } from './queue.ts'
import {
  type DeliveryWithEvent,
  deleteSubscription,
  findDelivery,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
} from './repository.ts'
import {
  CreatedSubscriptionSchema,
  DeliveriesQuery,
  DeliveryPage,
  DeliveryParams,
  DeliverySchema,
  SubscriptionBody,
  SubscriptionIdParams,
  SubscriptionPage,
  SubscriptionSchema,
} from './schemas.ts'
import { checkWebhookUrl, UrlRefused } from './url-policy.ts'
import type { SubscriptionRow } from './webhook.table.ts'

interface WebhookContext {
  db: Kysely<Database>
  settings: Config['webhooks']
  /** The job queue, when this instance delivers (WEBHOOK_DELIVERY). */
  queue: () => PgBoss | undefined
}

const toSubscription = (row: SubscriptionRow) => ({
  id: row.id,
  url: row.url,
  types: row.types as EventType[],
  municipality: row.municipality_code,
  createdAt: row.created_at.toISOString(),
})

const toDelivery = (row: DeliveryWithEvent) => ({
  id: row.id,
  eventId: row.event_id,
  eventType: row.type as EventType,
  subject: row.application_id,
  status: row.status,
  attempts: row.attempts,
  createdAt: row.created_at.toISOString(),
  lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
  deliveredAt: row.delivered_at?.toISOString() ?? null,
  responseStatus: row.response_status,
  responseBody: row.response_body,
  error: row.error,
})

const TAGS = ['Events']
const SCOPES = { scopes: ['webhooks:write' as const] }
const NOT_FOUND = (id: string) => new NotFound(`No webhook subscription ${id} of yours.`)

/** Webhook subscriptions (issue 16): per municipality, scope webhooks:write. */
export const webhookRoutes: FastifyPluginAsyncTypebox<WebhookContext> = async (app, context) => {
  const { db } = context
  const ownerOf = (request: Parameters<typeof principalOf>[0]) => ({
    municipalityCode: principalOf(request).municipalityCode,
  })

  app.post(
    '/v1/webhook-subscriptions',
    {
      config: { ...SCOPES, idempotent: true },
      schema: {
        tags: TAGS,
        operationId: 'createWebhookSubscription',
        summary: 'Subscribe a URL to events',
        description:
          "Events of the applications where the key's municipality is the receiving or the departure municipality (all, for a national key) are POSTed to `url` as CloudEvents with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature`, at least once, in order per application, retried with exponential backoff for about 24 hours. The signing `secret` is in this answer only (and in its replay under the same Idempotency-Key). The URL must be https on a public address (422 otherwise).",
        body: SubscriptionBody,
        response: { 201: CreatedSubscriptionSchema, 422: ProblemSchema },
        responseHeaders: { 201: ['Location'] },
      },
    },
    async (request, reply) => {
      try {
        await checkWebhookUrl(request.body.url, context.settings.allowedHosts)
      } catch (error) {
        if (error instanceof UrlRefused) throw new ContradictoryInput('/url', error.message)
        throw error
      }
      const principal = principalOf(request)
      const secret = `whsec_${randomBytes(32).toString('base64')}`
      const row = await insertSubscription(db, {
        municipality_code: principal.municipalityCode,
        url: request.body.url,
        types: [...new Set(request.body.types)],
        secret,
        created_by: principal.name,
      })
      return reply
        .code(201)
        .header('location', `/v1/webhook-subscriptions/${row.id}`)
        .send({ ...toSubscription(row), secret })
    },
  )

  app.get(
    '/v1/webhook-subscriptions',
    {
      config: SCOPES,
      schema: {
        tags: TAGS,
        operationId: 'listWebhookSubscriptions',
        summary: "Your municipality's webhook subscriptions",
        description: 'Oldest first; the secrets are not shown again. Unknown query parameters are a 400.',
        response: { 200: SubscriptionPage, 400: ProblemSchema },
      },
    },
    async (request) => ({ data: (await listSubscriptions(db, ownerOf(request))).map(toSubscription) }),
  )

  app.get(
    '/v1/webhook-subscriptions/:id',
    {
      config: SCOPES,
      schema: {
        tags: TAGS,
        operationId: 'getWebhookSubscription',
        summary: 'One webhook subscription',
        description: "404 for another municipality's subscription.",
        params: SubscriptionIdParams,
        response: { 200: SubscriptionSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const row = await findSubscription(db, ownerOf(request), request.params.id)
      if (!row) throw NOT_FOUND(request.params.id)
      return toSubscription(row)
    },
  )

  app.delete(
    '/v1/webhook-subscriptions/:id',
    {
      config: SCOPES,
      schema: {
        tags: TAGS,
        operationId: 'deleteWebhookSubscription',
        summary: 'Unsubscribe',
        description: 'No more deliveries are made, pending ones included; its delivery log goes with it.',
        params: SubscriptionIdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (!(await deleteSubscription(db, ownerOf(request), request.params.id)))
        throw NOT_FOUND(request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/v1/webhook-subscriptions/:id/deliveries',
    {
      config: SCOPES,
      schema: {
        tags: TAGS,
        operationId: 'listWebhookDeliveries',
        summary: "A subscription's deliveries and how their last attempt went",
        description:
          'Newest event first: status (pending, delivered, failed = dead-lettered after the retry window), attempts, times, the last response code and the first 1 KB of the answer.',
        params: SubscriptionIdParams,
        querystring: DeliveriesQuery,
        response: { 200: DeliveryPage, 404: ProblemSchema },
      },
    },
    async (request) => {
      const subscription = await findSubscription(db, ownerOf(request), request.params.id)
      if (!subscription) throw NOT_FOUND(request.params.id)
      const { status, limit = 100 } = request.query
      const rows = await listDeliveries(db, subscription.id, { ...(status ? { status } : {}), limit })
      return { data: rows.map(toDelivery) }
    },
  )

  app.post(
    '/v1/webhook-subscriptions/:id/deliveries/:deliveryId/retry',
    {
      config: { ...SCOPES, idempotent: true },
      schema: {
        tags: TAGS,
        operationId: 'retryWebhookDelivery',
        summary: 'Deliver an event again',
        description:
          'Queues a new attempt of a delivered or failed (dead-lettered) delivery, after the pending deliveries of the same application. 409 while it is still pending.',
        params: DeliveryParams,
        response: { 202: DeliverySchema, 404: ProblemSchema, 409: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id, deliveryId } = request.params
      const subscription = await findSubscription(db, ownerOf(request), id)
      if (!subscription) throw NOT_FOUND(id)
      const queue = context.queue()
      if (!queue) throw new Unavailable('This instance does not deliver webhooks (WEBHOOK_DELIVERY=false).')
      const retried = await db.transaction().execute(async (tx) => {
        const delivery = await findDelivery(tx, subscription.id, deliveryId)
        if (!delivery) throw new NotFound(`No delivery ${deliveryId} of this subscription.`)
        if (delivery.status === 'pending')
          throw new Conflict('The delivery is still pending: it is being attempted and retried.', {
            code: 'delivery-pending',
          })
        await tx
          .updateTable('webhook_delivery')
          .set({ status: 'pending' })
          .where('id', '=', deliveryId)
          .execute()
        await queueDeliveries(queue, tx, [
          {
            id: orderedId(),
            singletonKey: laneOf(subscription.id, delivery.application_id),
            data: { deliveryId },
          },
        ])
        return { ...delivery, status: 'pending' as const }
      })
      return reply.code(202).send(toDelivery(retried))
    },
  )
}
