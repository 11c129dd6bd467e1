import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { DeliveryRow, SubscriptionRow } from './webhook.table.ts'

type Db = Kysely<Database>

/** A municipality's key manages its municipality's subscriptions; a national key the national ones. */
type Owner = { municipalityCode: string | null }

const owned = (owner: Owner) => (eb: import('kysely').ExpressionBuilder<Database, 'webhook_subscription'>) =>
  owner.municipalityCode === null
    ? eb('municipality_code', 'is', null)
    : eb('municipality_code', '=', owner.municipalityCode)

export function insertSubscription(
  db: Db,
  row: Pick<SubscriptionRow, 'municipality_code' | 'url' | 'types' | 'secret' | 'created_by'>,
): Promise<SubscriptionRow> {
  return db.insertInto('webhook_subscription').values(row).returningAll().executeTakeFirstOrThrow()
}

export function listSubscriptions(db: Db, owner: Owner): Promise<SubscriptionRow[]> {
  return db.selectFrom('webhook_subscription').selectAll().where(owned(owner)).orderBy('created_at').execute()
}

export function findSubscription(db: Db, owner: Owner, id: string): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('webhook_subscription')
    .selectAll()
    .where('id', '=', id)
    .where(owned(owner))
    .executeTakeFirst()
}

export async function deleteSubscription(db: Db, owner: Owner, id: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('webhook_subscription')
    .where('id', '=', id)
    .where(owned(owner))
    .executeTakeFirst()
  return deleted.numDeletedRows > 0n
}

export type DeliveryWithEvent = DeliveryRow & { event_id: string; type: string; application_id: string }

function deliveries(db: Db) {
  return db
    .selectFrom('webhook_delivery as d')
    .innerJoin('event_outbox as e', 'e.position', 'd.event_position')
    .selectAll('d')
    .select(['e.id as event_id', 'e.type', 'e.application_id'])
}

/** Newest first. */
export function listDeliveries(
  db: Db,
  subscriptionId: string,
  filter: { status?: string; limit: number },
): Promise<DeliveryWithEvent[]> {
  let query = deliveries(db).where('d.subscription_id', '=', subscriptionId)
  if (filter.status) query = query.where('d.status', '=', filter.status as DeliveryRow['status'])
  return query.orderBy('d.event_position', 'desc').limit(filter.limit).execute()
}

export function findDelivery(
  db: Db,
  subscriptionId: string,
  id: string,
): Promise<DeliveryWithEvent | undefined> {
  return deliveries(db)
    .where('d.subscription_id', '=', subscriptionId)
    .where('d.id', '=', id)
    .executeTakeFirst()
}
