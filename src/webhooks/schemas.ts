import { Type } from 'typebox'
import { EVENT_TYPES } from '../events/cloud-event.ts'

export const SubscriptionBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 2000,
      description:
        'Where the events are POSTed: https on a public address (hosts in WEBHOOK_ALLOWED_HOSTS may use http and private addresses)',
      examples: ['https://erp.example.dk/ansvar/events'],
    }),
    types: Type.Array(Type.Enum(EVENT_TYPES), {
      minItems: 1,
      maxItems: 20,
      description: 'The event types to receive (a repeated type counts once)',
    }),
  },
  { title: 'CreateWebhookSubscriptionRequest', additionalProperties: false },
)

const subscriptionFields = {
  id: Type.String({ format: 'uuid' }),
  url: Type.String(),
  types: Type.Array(Type.Enum(EVENT_TYPES)),
  municipality: Type.Union([Type.String(), Type.Null()], {
    description: "The municipality whose events it receives (the key's); null for a national key: all",
  }),
  createdAt: Type.String({ format: 'date-time' }),
}

export const SubscriptionSchema = Type.Object(subscriptionFields, {
  title: 'WebhookSubscription',
  additionalProperties: false,
})

export const SubscriptionPage = Type.Object(
  { data: Type.Array(SubscriptionSchema) },
  { title: 'WebhookSubscriptionPage', additionalProperties: false },
)

export const CreatedSubscriptionSchema = Type.Object(
  {
    ...subscriptionFields,
    secret: Type.String({
      description:
        'The signing secret, `whsec_` + base64: shown only in this answer. Verify each delivery with it (Standard Webhooks).',
    }),
  },
  { title: 'CreatedWebhookSubscription', additionalProperties: false },
)

export const SubscriptionIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)

export const DeliveryParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), deliveryId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)

export const DeliverySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'Also the `webhook-id` header of every attempt' }),
    eventId: Type.String({ format: 'uuid' }),
    eventType: Type.Enum(EVENT_TYPES),
    subject: Type.String({ format: 'uuid', description: 'The application id' }),
    status: Type.Enum(['pending', 'delivered', 'failed'], {
      description:
        'failed: retried for the whole retry window (about 24 h) without a 2xx answer, dead-lettered',
    }),
    attempts: Type.Integer({ minimum: 0 }),
    createdAt: Type.String({ format: 'date-time' }),
    lastAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    responseStatus: Type.Union([Type.Integer(), Type.Null()], {
      description: "The last attempt's HTTP status",
    }),
    responseBody: Type.Union([Type.String(), Type.Null()], {
      description: "The first 1 KB of the last attempt's answer",
    }),
    error: Type.Union([Type.String(), Type.Null()], {
      description: 'Why the last attempt got no answer (timeout, refused address …)',
    }),
  },
  { title: 'WebhookDelivery', additionalProperties: false },
)

export const DeliveryPage = Type.Object(
  { data: Type.Array(DeliverySchema) },
  { title: 'WebhookDeliveryPage', additionalProperties: false },
)

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['pending', 'delivered', 'failed'])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  },
  { additionalProperties: false },
)
