import type { Transaction } from 'kysely'
import type { Static } from 'typebox'
import type { Database } from '../db/schema.ts'
import {
  Conflict,
  ContradictoryInput,
  Forbidden,
  NotFound,
  PreconditionFailed,
  Unprocessable,
} from '../errors.ts'
import { outboxRow } from '../events/cloud-event.ts'
import { insertOutboxEvent } from '../events/repository.ts'
import type { Principal } from '../http/auth.ts'
import type { Language } from '../law/rule-definition.ts'
import type { ApplicantCategory } from '../law/vocabulary.ts'
import type { ApplicationRow, ApplicationUpdate } from './application.table.ts'
import { type ApplicationDates, applicationDates } from './application-dates.ts'
import { type Action, type ApplicationStatus, TRANSITIONS } from './lifecycle.ts'
import { etagOf } from './mapper.ts'
import { findApplication, insertEvent, updateApplication } from './repository.ts'
import type {
  AppealBody,
  AppealDecisionBody,
  DecisionBody,
  MoveBody,
  WithdrawalBody,
} from './request-schemas.ts'
import type { ApplicationBody } from './response-schemas.ts'
import { type ApplicationContext, targetDays, visibilityOf, withPrevious } from './service.ts'

export interface TransitionRequest {
  principal: Principal
  id: string
  ifMatch: string | undefined
  language: Language
}

type Change = { patch: ApplicationUpdate; details: Record<string, unknown> }
type ChangeWith<T> = Change & { result: T }

/**
 * One state change: in a transaction, lock the row, check who may change it, the If-Match precondition
 * and the lifecycle, apply the change and append the audit event and the outbox event. Two concurrent changes serialise on the
 * row lock; the second then finds the new status and gets 409.
 */
async function transition(
  context: ApplicationContext,
  request: TransitionRequest,
  action: Action,
  change: (row: ApplicationRow) => Change,
): Promise<ApplicationBody> {
  const { application } = await transitionWith(context, request, action, async (row) => ({
    ...change(row),
    result: null,
  }))
  return application
}

/**
 * A transition whose change also writes elsewhere in the same transaction (a benefit reduction) and
 * returns what it wrote.
 */
export async function transitionWith<T>(
  context: ApplicationContext,
  request: TransitionRequest,
  action: Action,
  change: (row: ApplicationRow, tx: Transaction<Database>) => Promise<ChangeWith<T>>,
): Promise<{ application: ApplicationBody; result: T }> {
  const { principal } = request
  const visibility = visibilityOf(principal)
  return context.db.transaction().execute(async (tx) => {
    const row = await findApplication(tx, request.id, visibility, { forUpdate: true })
    if (!row) throw new NotFound(`No application ${request.id}.`)
    if (principal.municipalityCode && principal.municipalityCode !== row.to_municipality) {
      throw new Forbidden('Only the receiving municipality records changes to an application.', {
        code: 'not-receiving-municipality',
      })
    }
    if (request.ifMatch && !ifMatchAllows(request.ifMatch, etagOf(row))) {
      throw new PreconditionFailed(`The application has changed (now ${etagOf(row)}); fetch it and retry.`, {
        currentEtag: etagOf(row),
      })
    }
    const allowed = TRANSITIONS[action]
    if (!allowed.from.includes(row.status as ApplicationStatus)) {
      throw new Conflict(`Cannot record ${action} on an application that is ${row.status}.`, {
        code: 'impossible-transition',
        currentStatus: row.status,
        allowedFrom: allowed.from,
      })
    }
    const { patch, details, result } = await change(row, tx)
    const status = allowed.to ?? row.status
    const updated = await updateApplication(tx, row.id, row.version, { ...patch, status })
    if (!updated)
      throw new Conflict('The application changed concurrently; retry.', {
        code: 'concurrent-change',
      })
    await insertEvent(tx, {
      application_id: row.id,
      type: action,
      actor: principal.name,
      actor_municipality: principal.municipalityCode,
      status_before: row.status,
      status_after: status,
      details,
    })
    // The outbox event (issue 16) commits or rolls back with the change and its audit event.
    await insertOutboxEvent(tx, outboxRow(action, updated, details))
    const [application] = await withPrevious(tx, [updated], visibility, request.language)
    return { application: application!, result }
  })
}

/** RFC 9110 § 13.1.1: `*` alone, or a list of entity tags one of which is the current one (strong comparison). */
function ifMatchAllows(header: string, current: string): boolean {
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim() === current)
}

function notBefore(date: string, earliest: string | null, pointer: string, what: string): void {
  if (earliest && date < earliest)
    throw new ContradictoryInput(pointer, `${pointer.slice(1)} ${date} is before ${what} ${earliest}`)
}

/** H-TAKEOVER and D-CONTRACT follow from approval and move; the other dates stay as computed at receipt. */
function datesPatch(
  context: ApplicationContext,
  row: ApplicationRow,
  approvalDate: string | null,
  moveDate: string | null,
): Pick<ApplicationUpdate, 'handover_dates' | 'takeover_effective_date'> {
  const dates = applicationDates(
    { category: row.category as ApplicantCategory, responsibilityDate: row.responsibility_date ?? undefined },
    row.received_date,
    targetDays(context.config, row.to_municipality),
    approvalDate ? { approvalDate, moveDate } : undefined,
  )
  // The responsibility date keeps how it was established at receipt (given or computed).
  const stored = row.handover_dates as ApplicationDates
  return {
    handover_dates: JSON.stringify({ ...dates, responsibilityDate: stored.responsibilityDate }),
    takeover_effective_date: dates.takeoverEffectiveDate?.date ?? null,
  }
}

export function recordDecision(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof DecisionBody>,
) {
  return transition(context, request, 'decision', (row) => {
    notBefore(body.decisionDate, row.received_date, '/decisionDate', 'the received date')
    const approved = body.outcome === 'approved'
    if (approved) {
      const housing = (body.conditions ?? []).findIndex((c) => c.type === 'housing')
      if (housing >= 0) {
        throw new Unprocessable(
          'An approval cannot be conditional on the applicant first finding housing: Ankestyrelsen treats "we take over once you have a home" as a refusal (G-NO-HOUSING-CONDITION).',
          {
            code: 'housing-condition',
            ruleId: 'G-NO-HOUSING-CONDITION',
            errors: [
              { pointer: `/conditions/${housing}/type`, message: 'housing conditions are not allowed' },
            ],
          },
        )
      }
      if (!body.legalBasis)
        throw new ContradictoryInput(
          '/legalBasis',
          'An approval states its legalBasis: obligated (§ 18 stk. 2) or voluntary (§ 18 stk. 1)',
        )
    } else if (body.legalBasis) {
      throw new ContradictoryInput('/legalBasis', 'legalBasis applies to approvals only')
    }
    const refusedAlthoughObligated = !approved && row.assessment_outcome === 'obligated'
    if (refusedAlthoughObligated && !body.justification) {
      throw new ContradictoryInput(
        '/justification',
        'The assessment found the municipality obligated to take over (IL § 18 stk. 2): a refusal must state its justification',
      )
    }
    return {
      patch: {
        decision_outcome: body.outcome,
        decision_date: body.decisionDate,
        decision_legal_basis: body.legalBasis ?? null,
        decision_justification: body.justification ?? null,
        decision_conditions: JSON.stringify(body.conditions ?? []),
        refused_although_obligated: refusedAlthoughObligated,
        ...datesPatch(context, row, approved ? body.decisionDate : null, row.move_date),
      },
      details: {
        outcome: body.outcome,
        decisionDate: body.decisionDate,
        legalBasis: body.legalBasis ?? null,
        refusedAlthoughObligated,
      },
    }
  })
}

export function recordMove(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof MoveBody>,
) {
  return transition(context, request, 'move', (row) => {
    notBefore(body.moveDate, row.responsibility_date, '/moveDate', 'the responsibility date')
    const approvalDate = row.decision_outcome === 'approved' ? row.decision_date : null
    return {
      patch: { move_date: body.moveDate, ...datesPatch(context, row, approvalDate, body.moveDate) },
      details: { moveDate: body.moveDate, previousMoveDate: row.move_date },
    }
  })
}

export function recordWithdrawal(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof WithdrawalBody>,
) {
  return transition(context, request, 'withdrawal', (row) => {
    notBefore(body.withdrawnDate, row.received_date, '/withdrawnDate', 'the received date')
    return {
      patch: { withdrawn_date: body.withdrawnDate },
      details: { withdrawnDate: body.withdrawnDate, reason: body.reason ?? null },
    }
  })
}

export function recordAppeal(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof AppealBody>,
) {
  return transition(context, request, 'appeal', (row) => {
    notBefore(body.lodgedDate, row.decision_date, '/lodgedDate', 'the decision date')
    return { patch: { appeal_lodged_date: body.lodgedDate }, details: { lodgedDate: body.lodgedDate } }
  })
}

export function recordAppealDecision(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof AppealDecisionBody>,
) {
  return transition(context, request, 'appeal_decision', (row) => {
    notBefore(body.decisionDate, row.appeal_lodged_date, '/decisionDate', 'the date the appeal was lodged')
    return {
      patch: { appeal_outcome: body.outcome, appeal_decision_date: body.decisionDate },
      details: { outcome: body.outcome, decisionDate: body.decisionDate },
    }
  })
}
