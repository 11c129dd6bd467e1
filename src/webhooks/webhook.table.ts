import type { ColumnType, Generated, Selectable } from 'kysely'

/** Migration 20261127150100. */
export interface WebhookSubscriptionTable {
  id: Generated<string>
  /** null: a national key's subscription, which receives every event. */
  municipality_code: string | null
  url: string
  types: string[]
  secret: string
  created_by: string
  created_at: ColumnType<Date, never, never>
}
export type SubscriptionRow = Selectable<WebhookSubscriptionTable>

export interface WebhookDeliveryTable {
  id: string
  subscription_id: string
  event_position: number
  status: ColumnType<'pending' | 'delivered' | 'failed', 'pending' | 'delivered' | 'failed' | undefined>
  attempts: Generated<number>
  created_at: ColumnType<Date, never, never>
  last_attempt_at: Date | null
  delivered_at: Date | null
  response_status: number | null
  response_body: string | null
  error: string | null
}
export type DeliveryRow = Selectable<WebhookDeliveryTable>

export interface WebhookDispatchTable {
  id: number
  position: number
}
