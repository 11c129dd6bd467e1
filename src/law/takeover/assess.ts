/**
 * § 18 decision support (IL § 18 stk. 2; rules.md § 2): evaluates each ground, combines the effects into
 * an outcome, and explains both with rule ids and legal sources. Pure: the caller supplies `asOf`, the
 * commute threshold and the outcomes of linked spouse applications. `evaluateTakeover` answers in no
 * language (findings); `renderTakeoverAssessment` (render.ts) words them; `assessTakeover` does both.
 */

import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import { normaliseMunicipalityCode } from '../municipalities.ts'
import { RULES_VERSION } from '../rule-definition.ts'
import type { Finding } from '../rule-module.ts'
import type { AssessmentOutcome, GroundEffect } from '../vocabulary.ts'
import { ruleInForce, takeoverRules } from './catalogue.ts'
import type { GroundEvaluation } from './conditions.ts'
import { type EvaluationContext, factPointer } from './conditions.ts'
import { COMMUTE_GROUND_TYPES, evaluateGround } from './evaluate.ts'
import { type FactContext, type FactValue, factValues } from './facts.ts'
import type {
  EvaluatedGround,
  GroundFindings,
  Holder,
  Patient,
  TakeoverAssessment,
  TakeoverAssessmentOptions,
  TakeoverAssessmentRequest,
  TakeoverEvaluation,
  TakeoverEvaluationOptions,
  TakeoverGround,
} from './grounds.ts'
import { takeoverNotes } from './notes.ts'
import { DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK } from './parameters.ts'
import { isIsoDate } from './period.ts'
import { renderTakeoverAssessment } from './render.ts'
import { integrationPeriod, periodEndedOutcome } from './rules/g-period.ts'

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

/** What an explanation of the ground says, as findings of the rule that decided it. */
function groundFindings(
  ground: TakeoverGround,
  index: number,
  evaluation: GroundEvaluation,
  ctx: FactContext,
): GroundFindings {
  const { ruleId } = evaluation
  const values = ground as unknown as Record<string, FactValue | undefined>
  // Whose job, education or illness: T-EMP, T-EDU and T-ILL count the spouse / a close relative too.
  // Only employment and education grounds have a holder, only illness grounds a patient (grounds.ts;
  // the request schema refuses unknown fields).
  const { holder, patient } = ground as { holder?: Holder; patient?: Patient }
  const whose =
    holder !== undefined
      ? { ruleId, code: 'fact.holder', values: { value: holder } }
      : patient !== undefined
        ? { ruleId, code: 'fact.patient', values: { value: patient } }
        : undefined
  return {
    subject: [{ ruleId, code: 'label' }, ...(whose ? [whose] : [])],
    // Every rule lists only facts the ground gives (properties.test.ts checks it).
    facts: evaluation.factsUsed.map(
      (fact): Finding => ({ ruleId, code: `fact.${fact}`, values: factValues(fact, values[fact]!, ctx) }),
    ),
    reason: { ruleId, code: evaluation.reason },
    missing: evaluation.missing.map((fact) => ({
      ruleId,
      code: `missing.${fact}`,
      values: { pointer: factPointer(index, fact) },
    })),
  }
}

/** The grounds the outcome paragraph names, or the general rule that words it. */
function outcomeFindings(
  outcome: AssessmentOutcome,
  grounds: readonly EvaluatedGround[],
  ended: Finding | undefined,
): Finding[] {
  if (ended) return [ended]
  if (outcome === 'not_obligated') return [{ ruleId: 'G-VOLUNTARY', code: 'outcome_not_obligated' }]
  const named = outcome === 'obligated' ? ['obligates'] : ['supports', 'needs_information']
  return grounds
    .filter((g) => named.includes(g.effect))
    .map((g) => ({ ruleId: g.ruleId, code: 'label', values: { index: g.index } }))
}

/**
 * The § 18 assessment in no language: per ground its effect, rule, sources, pointers and findings; the
 * outcome with the findings that word it; the G-* notes as findings.
 *
 * G-PERIOD choice: when the integration period has ended on `asOf`, the outcome is `not_obligated`
 * (no takeover is needed: the person moves freely) with a G-PERIOD note; each ground is still evaluated
 * and explained as it would be inside the period, so the caseworker sees the full picture.
 *
 * Throws InvalidInput for input the schema lets through but the law cannot use: an unknown
 * municipality code or a date that does not exist (400), or a move within one municipality (422).
 */
export function evaluateTakeover(
  request: TakeoverAssessmentRequest,
  options: TakeoverEvaluationOptions,
): TakeoverEvaluation {
  const { asOf, reasonableOneWayCommuteMinutes } = options
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
  const factContext: FactContext = { toMunicipality, reasonableOneWayCommuteMinutes }
  const grounds = request.grounds.map((ground, index): EvaluatedGround => {
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
      findings: groundFindings(ground, index, evaluation, factContext),
    }
  })

  const period = integrationPeriod(request, asOf)
  const outcome = period?.ended ? 'not_obligated' : combineEffects(grounds.map((g) => g.effect))
  const usesCommute = request.grounds.some((g) => COMMUTE_GROUND_TYPES.includes(g.type))
  return {
    outcome,
    outcomeFindings: outcomeFindings(
      outcome,
      grounds,
      period?.ended ? periodEndedOutcome(period) : undefined,
    ),
    grounds,
    notes: takeoverNotes({ outcome, grounds, period }).map((finding) => ({
      ruleId: finding.ruleId,
      legalSources: ruleInForce(rules, finding.ruleId, asOf).legalSources,
      finding,
    })),
    parameters: {
      asOf,
      ...(usesCommute ? { reasonableOneWayCommuteMinutes } : {}),
      ...(request.grounds.some((g) => g.type === 'employment') ? { minimumObligingHoursPerWeek } : {}),
    },
    rulesVersion: RULES_VERSION,
  }
}

/** The § 18 assessment in `language`: `evaluateTakeover` rendered by `renderTakeoverAssessment`. */
export function assessTakeover(
  request: TakeoverAssessmentRequest,
  options: TakeoverAssessmentOptions,
): TakeoverAssessment {
  const { language, ...evaluationOptions } = options
  return renderTakeoverAssessment(evaluateTakeover(request, evaluationOptions), language)
}
