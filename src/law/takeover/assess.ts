/**
 * § 18 decision support (IL § 18 stk. 2; rules.md § 2): evaluates each ground, combines the effects into
 * an outcome, and explains both with rule ids and legal sources. Pure: the caller supplies `asOf`, the
 * commute threshold and the outcomes of linked spouse applications.
 */

import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import { handoverRule } from '../handover/catalogue.ts'
import { normaliseMunicipalityCode } from '../municipalities.ts'
import { LEGAL_BASIS, RULES_VERSION, requireLegalBasis } from '../rule-definition.ts'
import type { AssessmentOutcome, GroundEffect } from '../vocabulary.ts'
import { ruleInForce, takeoverRules } from './catalogue.ts'
import type { EvaluationContext } from './conditions.ts'
import { COMMUTE_GROUND_TYPES, evaluateGround } from './evaluate.ts'
import { explainGround, explainOutcome } from './explain.ts'
import type {
  GroundAssessment,
  TakeoverAssessment,
  TakeoverAssessmentOptions,
  TakeoverAssessmentRequest,
} from './grounds.ts'
import { type IntegrationPeriod, takeoverNotes } from './notes.ts'
import { freeMovementFromDate, isIsoDate } from './period.ts'
import { DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK } from './rules.ts'

/**
 * rules.md § 2: `obligated` if any ground obligates; otherwise `individual_assessment` if any ground
 * supports or needs information; otherwise `not_obligated`.
 */
export function combineEffects(effects: readonly GroundEffect[]): AssessmentOutcome {
  if (effects.includes('obligates')) return 'obligated'
  if (effects.includes('supports') || effects.includes('needs_information')) return 'individual_assessment'
  return 'not_obligated'
}

function municipality(code: string, pointer: string): string {
  const normalised = normaliseMunicipalityCode(code)
  if (normalised === undefined) throw new InvalidInput(pointer, `Unknown municipality code ${code}`)
  return normalised
}

function integrationPeriod(request: TakeoverAssessmentRequest, asOf: string): IntegrationPeriod | undefined {
  const responsibilityDate = request.applicant?.responsibilityDate
  if (responsibilityDate === undefined) return undefined
  if (!isIsoDate(responsibilityDate)) {
    throw new InvalidInput('/applicant/responsibilityDate', 'responsibilityDate must be a date YYYY-MM-DD')
  }
  // Issue 14: the category's act must have existed on the responsibility date (H-UKR: særloven).
  const ruleId = request.applicant?.category === 'ukrainian_displaced' ? 'H-UKR' : 'H-REF'
  const act = ruleId === 'H-UKR' ? LEGAL_BASIS.UKRAINE_SPECIAL_ACT.act : LEGAL_BASIS.INTEGRATION_ACT.act
  requireLegalBasis(handoverRule(ruleId), act, responsibilityDate, '/applicant/responsibilityDate')
  const freeMovementFrom = freeMovementFromDate(responsibilityDate)
  return { responsibilityDate, freeMovementFrom, ended: asOf >= freeMovementFrom }
}

/**
 * Decision support for one § 18 application.
 *
 * G-PERIOD choice: when the integration period has ended on `asOf`, the outcome is `not_obligated`
 * (no takeover is needed: the person moves freely) with a G-PERIOD note; each ground is still evaluated
 * and explained as it would be inside the period, so the caseworker sees the full picture.
 *
 * Throws InvalidInput for input the schema lets through but the law cannot use: an unknown
 * municipality code or a date that does not exist (400), or a move within one municipality (422).
 */
export function assessTakeover(
  request: TakeoverAssessmentRequest,
  options: TakeoverAssessmentOptions,
): TakeoverAssessment {
  const { language, asOf, reasonableOneWayCommuteMinutes } = options
  const minimumObligingHoursPerWeek =
    options.minimumObligingHoursPerWeek ?? DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK
  if (!Number.isFinite(minimumObligingHoursPerWeek) || minimumObligingHoursPerWeek < 0) {
    throw new RangeError('minimumObligingHoursPerWeek must be a number of hours of at least 0')
  }
  if (!Number.isFinite(reasonableOneWayCommuteMinutes) || reasonableOneWayCommuteMinutes <= 0) {
    throw new RangeError('reasonableOneWayCommuteMinutes must be a positive number of minutes')
  }
  if (!isIsoDate(asOf)) throw new InvalidInput('/asOf', 'asOf must be a date YYYY-MM-DD')
  const toMunicipality = municipality(request.toMunicipality, '/toMunicipality')
  if (request.fromMunicipality !== undefined) {
    const fromMunicipality = municipality(request.fromMunicipality, '/fromMunicipality')
    if (fromMunicipality === toMunicipality) {
      throw new ContradictoryInput('/toMunicipality', 'A move within one municipality needs no takeover')
    }
  }
  if (request.grounds.length === 0) throw new InvalidInput('/grounds', 'At least one ground is needed')

  const rules = takeoverRules(reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek)
  const phraseContext = { toMunicipality, reasonableOneWayCommuteMinutes }
  const grounds = request.grounds.map((ground, index): GroundAssessment => {
    const ctx: EvaluationContext = {
      index,
      toMunicipality,
      reasonableOneWayCommuteMinutes,
      minimumObligingHoursPerWeek,
      linkedOutcomes: options.linkedOutcomes ?? new Map(),
    }
    const evaluation = evaluateGround(ground, ctx)
    const rule = ruleInForce(rules, evaluation.ruleId, asOf, options.asOfPointer)
    return {
      index,
      type: ground.type,
      effect: evaluation.effect,
      ruleId: rule.id,
      legalSources: rule.legalSources,
      missing: evaluation.missing.map((fact) => `/grounds/${index}/${fact}`),
      factsUsed: evaluation.factsUsed.map((fact) => `/grounds/${index}/${fact}`),
      explanation: explainGround(ground, index, evaluation, rule, phraseContext, language),
    }
  })

  const period = integrationPeriod(request, asOf)
  const outcome = period?.ended ? 'not_obligated' : combineEffects(grounds.map((g) => g.effect))
  const usesCommute = request.grounds.some((g) => COMMUTE_GROUND_TYPES.includes(g.type))
  return {
    outcome,
    explanation: explainOutcome(
      outcome,
      grounds,
      period?.ended ? period.freeMovementFrom : undefined,
      language,
    ),
    grounds,
    notes: takeoverNotes({ outcome, grounds, period, rules, asOf, language }),
    parameters: {
      asOf,
      ...(usesCommute ? { reasonableOneWayCommuteMinutes } : {}),
      ...(request.grounds.some((g) => g.type === 'employment') ? { minimumObligingHoursPerWeek } : {}),
    },
    rulesVersion: RULES_VERSION,
  }
}
