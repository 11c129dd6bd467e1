import type { Kysely } from 'kysely'
import type { ApplicationRow } from '../applications/application.table.ts'
import { assessedGrounds } from '../applications/mapper.ts'
import { type AccessEntry, findApplication, logAccess } from '../applications/repository.ts'
import { type ApplicationContext, visibilityOf } from '../applications/service.ts'
import { type TransitionRequest, transitionWith } from '../applications/transitions.ts'
import type { Database } from '../db/schema.ts'
import { ContradictoryInput, Forbidden, NotFound } from '../errors.ts'
import type { Principal } from '../http/auth.ts'
import { fullBenefitRestoredDate } from '../law/handover/index.ts'
import {
  type BenefitReductionAssessment,
  evaluateBenefitReduction,
  groundsFromTypes,
  type ReasonGround,
  renderBenefitReduction,
} from '../law/proportionality/index.ts'
import type { Language } from '../law/rule-definition.ts'
import { type BenefitReductionRow, insertBenefitReduction, listBenefitReductions } from './repository.ts'
import type { BenefitReductionAssessmentRequestBody, RecordBenefitReductionRequestBody } from './schemas.ts'

/**
 * § 32 applies after a refusal: the application's final word must be a refusal (a decision refused, and
 * not changed on appeal).
 */
function assertRefused(row: ApplicationRow): void {
  const refused = row.decision_outcome === 'refused' && row.appeal_outcome !== 'changed'
  if (!refused) {
    throw new ContradictoryInput(
      '/applicationId',
      `A benefit reduction (IL § 32) follows a refused takeover; application ${row.id} is ${row.status}${row.decision_outcome ? ` (${row.decision_outcome})` : ''}`,
    )
  }
}

/** A read of the application through a § 32 route: in the access log as a read, `via` that route. */
function accessEntry(
  row: ApplicationRow,
  principal: Principal,
  via: NonNullable<AccessEntry['via']>,
): AccessEntry {
  return {
    application_id: row.id,
    person_hash: row.person_hash,
    action: 'read',
    via,
    actor: principal.name,
    actor_municipality: principal.municipalityCode,
  }
}

/** The reason criterion from a stored application: its grounds with the effects its assessment found. */
function reasonOf(row: ApplicationRow): { grounds: ReasonGround[] } {
  return { grounds: assessedGrounds(row) }
}

export async function assessReduction(
  db: Kysely<Database>,
  principal: Principal,
  body: BenefitReductionAssessmentRequestBody,
  language: Language,
): Promise<BenefitReductionAssessment> {
  let reason: { grounds: ReasonGround[] }
  if (body.applicationId) {
    // a stored application is read as GET would read it: scope, visibility, access log (issue 13, item 2)
    if (!principal.scopes.includes('applications:read')) {
      throw new Forbidden('Reading a stored application needs the scope applications:read.', {
        code: 'insufficient-scope',
        requiredScopes: ['applications:read'],
      })
    }
    const row = await findApplication(db, body.applicationId, visibilityOf(principal))
    if (!row) throw new NotFound(`No application ${body.applicationId}.`)
    await logAccess(db, [accessEntry(row, principal, 'reduction-assessment')])
    assertRefused(row)
    reason = reasonOf(row)
  } else {
    reason = groundsFromTypes(body.groundTypes ?? [])
  }
  const findings = evaluateBenefitReduction({
    ...(body.household ? { household: body.household } : {}),
    ...(body.evasion ? { evasion: body.evasion } : {}),
    reason,
    proposedReductionPercent: body.proposedReductionPercent,
  })
  return renderBenefitReduction(findings, language)
}

/** Records a decided reduction with its assessment, in the application's audit trail (one transaction). */
export async function recordReduction(
  context: ApplicationContext,
  request: TransitionRequest,
  body: RecordBenefitReductionRequestBody,
) {
  return transitionWith(context, request, 'benefit_reduction', async (row, tx) => {
    assertRefused(row)
    if (row.decision_date && body.effectiveDate < row.decision_date) {
      throw new ContradictoryInput(
        '/effectiveDate',
        `effectiveDate ${body.effectiveDate} is before the refusal ${row.decision_date}`,
      )
    }
    if (body.movedBackDate && body.movedBackDate < body.effectiveDate) {
      throw new ContradictoryInput('/movedBackDate', 'movedBackDate is before effectiveDate')
    }
    // Recorded as worded for the caller who decided it: the record is what they saw.
    const findings = evaluateBenefitReduction({
      ...(body.household ? { household: body.household } : {}),
      ...(body.evasion ? { evasion: body.evasion } : {}),
      reason: reasonOf(row),
      proposedReductionPercent: body.decidedReductionPercent,
    })
    const assessment = renderBenefitReduction(findings, request.language)
    const restored = body.movedBackDate ? fullBenefitRestoredDate(body.movedBackDate) : undefined
    const saved = await insertBenefitReduction(tx, {
      application_id: row.id,
      decided_reduction_percent: body.decidedReductionPercent,
      max_proportionate_reduction_percent: assessment.maxProportionateReductionPercent,
      verdict: assessment.verdict,
      effective_date: body.effectiveDate,
      moved_back_date: body.movedBackDate ?? null,
      full_benefit_restored_date: restored?.date ?? null,
      justification: body.justification,
      assessment: JSON.stringify(assessment),
      created_by: request.principal.name,
    })
    const result = toRecordedReduction({
      id: saved.id,
      application_id: row.id,
      decided_reduction_percent: body.decidedReductionPercent,
      effective_date: body.effectiveDate,
      moved_back_date: body.movedBackDate ?? null,
      full_benefit_restored_date: restored?.date ?? null,
      justification: body.justification,
      assessment,
      created_by: request.principal.name,
      created_at: saved.created_at,
    })
    return {
      patch: {},
      details: {
        benefitReductionId: saved.id,
        decidedReductionPercent: body.decidedReductionPercent,
        maxProportionateReductionPercent: assessment.maxProportionateReductionPercent,
        verdict: assessment.verdict,
        effectiveDate: body.effectiveDate,
      },
      result,
    }
  })
}

type ReductionRow = Omit<
  BenefitReductionRow,
  'max_proportionate_reduction_percent' | 'verdict' | 'assessment'
> & {
  assessment: unknown
}

/** Rows become API objects here; D-MOVE-BACK's rule and sources are restated with the date. */
function toRecordedReduction(row: ReductionRow) {
  const restored = row.moved_back_date ? fullBenefitRestoredDate(row.moved_back_date) : undefined
  return {
    id: row.id,
    applicationId: row.application_id,
    decidedReductionPercent: row.decided_reduction_percent,
    effectiveDate: row.effective_date,
    movedBackDate: row.moved_back_date,
    fullBenefitRestoredDate: restored
      ? { date: restored.date, ruleId: restored.ruleId, legalSources: restored.legalSources }
      : null,
    justification: row.justification ?? '',
    assessment: row.assessment as BenefitReductionAssessment,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  }
}

export async function listReductions(db: Kysely<Database>, principal: Principal, applicationId: string) {
  const row = await findApplication(db, applicationId, visibilityOf(principal))
  if (!row) throw new NotFound(`No application ${applicationId}.`)
  await logAccess(db, [accessEntry(row, principal, 'benefit-reductions')])
  const rows = await listBenefitReductions(db, applicationId)
  return rows.map(toRecordedReduction)
}
