import type { ApplicationRow } from '../applications/application.table.ts'
import { redactCpr } from '../http/logging.ts'
import type { NewOutboxRow, OutboxRow } from './event.table.ts'

/** The event types (api.md, Wave 2): one per change to an application. */
export const EVENT_TYPES = [
  'dk.ansvar.takeover-application.created',
  'dk.ansvar.takeover-application.decided',
  'dk.ansvar.takeover-application.moved',
  'dk.ansvar.takeover-application.withdrawn',
  'dk.ansvar.takeover-application.appealed',
  'dk.ansvar.takeover-application.appeal-decided',
  'dk.ansvar.takeover-application.milestone-recorded',
  'dk.ansvar.benefit-reduction.recorded',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** The audit trail's action (application_event.type) → the CloudEvent type it publishes. */
const TYPE_OF_ACTION: Record<string, EventType> = {
  created: 'dk.ansvar.takeover-application.created',
  decision: 'dk.ansvar.takeover-application.decided',
  move: 'dk.ansvar.takeover-application.moved',
  withdrawal: 'dk.ansvar.takeover-application.withdrawn',
  appeal: 'dk.ansvar.takeover-application.appealed',
  appeal_decision: 'dk.ansvar.takeover-application.appeal-decided',
  milestone: 'dk.ansvar.takeover-application.milestone-recorded',
  benefit_reduction: 'dk.ansvar.benefit-reduction.recorded',
}

/** CloudEvents `source`: the collection the subject (an application id) belongs to. */
export const EVENT_SOURCE = '/v1/takeover-applications'

/** Free-text fields of a change stay out of events: a person may have typed anything, a CPR number too. */
const FREE_TEXT = new Set(['reason', 'justification', 'note', 'description'])

export interface CloudEvent {
  specversion: '1.0'
  id: string
  source: string
  type: EventType
  time: string
  subject: string
  datacontenttype: 'application/json'
  data: Record<string, unknown>
}

type ApplicationFacts = Pick<
  ApplicationRow,
  | 'id'
  | 'external_reference'
  | 'status'
  | 'from_municipality'
  | 'to_municipality'
  | 'received_date'
  | 'planned_move_date'
  | 'decision_outcome'
  | 'decision_date'
  | 'decision_legal_basis'
  | 'move_date'
  | 'takeover_effective_date'
  | 'withdrawn_date'
  | 'appeal_lodged_date'
  | 'appeal_outcome'
  | 'appeal_decision_date'
>

/**
 * The outbox row of one change: the application as it stands after the change (status, outcome,
 * dates, municipalities) and what the change recorded. Never a CPR number: the row holds only its
 * pseudonym, which is left out too, and free text is dropped.
 */
export function outboxRow(
  action: string,
  row: ApplicationFacts,
  change: Record<string, unknown>,
): NewOutboxRow {
  const type = TYPE_OF_ACTION[action]
  if (!type) throw new Error(`no event type for the action ${action}`)
  return {
    type,
    application_id: row.id,
    from_municipality: row.from_municipality,
    to_municipality: row.to_municipality,
    data: JSON.stringify({
      applicationId: row.id,
      externalReference: redactCpr(row.external_reference),
      status: row.status,
      fromMunicipality: row.from_municipality,
      toMunicipality: row.to_municipality,
      receivedDate: row.received_date,
      plannedMoveDate: row.planned_move_date,
      decision: row.decision_outcome
        ? {
            outcome: row.decision_outcome,
            decisionDate: row.decision_date,
            legalBasis: row.decision_legal_basis,
          }
        : null,
      moveDate: row.move_date,
      takeoverEffectiveDate: row.takeover_effective_date,
      withdrawnDate: row.withdrawn_date,
      appeal: row.appeal_lodged_date
        ? {
            lodgedDate: row.appeal_lodged_date,
            outcome: row.appeal_outcome,
            decisionDate: row.appeal_decision_date,
          }
        : null,
      change: Object.fromEntries(Object.entries(change).filter(([key]) => !FREE_TEXT.has(key))),
    }),
  }
}

export function toCloudEvent(row: OutboxRow): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: EVENT_SOURCE,
    type: row.type as EventType,
    time: row.occurred_at.toISOString(),
    subject: row.application_id,
    datacontenttype: 'application/json',
    data: row.data,
  }
}
