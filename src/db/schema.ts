import type { ApiKeyTable } from '../apikeys/api-key.table.ts'
import type { AccessLogTable } from '../applications/access-log.table.ts'
import type { AppSettingTable } from '../applications/app-setting.table.ts'
import type { ApplicationEventTable, TakeoverApplicationTable } from '../applications/application.table.ts'
import type { TakeoverMilestoneTable } from '../duties/milestone.table.ts'
import type { EventOutboxTable } from '../events/event.table.ts'
import type { IdempotencyKeyTable } from '../http/idempotency.table.ts'
import type { MunicipalityTable } from '../municipalities/municipality.table.ts'
import type { BenefitReductionTable } from '../proportionality/benefit-reduction.table.ts'
import type {
  WebhookDeliveryTable,
  WebhookDispatchTable,
  WebhookSubscriptionTable,
} from '../webhooks/webhook.table.ts'

/** Every table Kysely knows about; each feature keeps its table types beside it (style.md). */
export interface Database {
  municipality: MunicipalityTable
  api_key: ApiKeyTable
  app_setting: AppSettingTable
  takeover_application: TakeoverApplicationTable
  application_event: ApplicationEventTable
  access_log: AccessLogTable
  idempotency_key: IdempotencyKeyTable
  benefit_reduction: BenefitReductionTable
  event_outbox: EventOutboxTable
  takeover_milestone: TakeoverMilestoneTable
  webhook_subscription: WebhookSubscriptionTable
  webhook_delivery: WebhookDeliveryTable
  webhook_dispatch: WebhookDispatchTable
}
