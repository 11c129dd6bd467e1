/**
 * Input and output of the proportionality assessment of a benefit reduction after a refused takeover
 * (IL § 32, rules.md § 4; rule ids P-NEED, P-REASON, P-EVASION, P-TOTAL-STOP, P-MAX).
 */
import type { LegalSource, RuleParameter } from '../rule-definition.ts'
import type { Finding } from '../rule-module.ts'
import type { GroundEffect, GroundType } from '../vocabulary.ts'

export const PROPORTIONALITY_VERDICTS = [
  'proportionate',
  'disproportionate',
  'insufficient_information',
] as const
export type ProportionalityVerdict = (typeof PROPORTIONALITY_VERDICTS)[number]

/**
 * The maximum is expressed in steps of 25 percentage points (P-MAX): the law has no bands, and a coarse
 * scale keeps the model from suggesting a precision that a discretionary assessment does not have.
 */
export const REDUCTION_STEPS = [0, 25, 50, 75, 100] as const
export type ReductionStep = (typeof REDUCTION_STEPS)[number]

export const PROPORTIONALITY_CRITERIA = ['need', 'reason', 'evasion'] as const
export type ProportionalityCriterion = (typeof PROPORTIONALITY_CRITERIA)[number]

/** Labels of each criterion's value; `incomplete` when facts are missing (then no verdict is given). */
export const NEED_LABELS = ['low', 'moderate', 'high', 'very_high', 'incomplete'] as const
export const REASON_LABELS = [
  'insufficient',
  'needs_information',
  'supports',
  'obligates',
  'incomplete',
] as const
export const EVASION_LABELS = ['none', 'indications', 'established', 'incomplete'] as const
export type NeedLabel = (typeof NEED_LABELS)[number]
export type ReasonLabel = (typeof REASON_LABELS)[number]
export type EvasionLabel = (typeof EVASION_LABELS)[number]
/** All labels, for the response schema. */
export const CRITERION_LABELS = [
  'low',
  'moderate',
  'high',
  'very_high',
  'insufficient',
  'needs_information',
  'supports',
  'obligates',
  'none',
  'indications',
  'established',
  'incomplete',
] as const satisfies readonly (NeedLabel | ReasonLabel | EvasionLabel)[]
export type CriterionLabel = (typeof CRITERION_LABELS)[number]

export interface HouseholdFacts {
  /** Adults in the household (≥ 1). */
  adults?: number
  /** Children the household provides for (forsørgerpligt). */
  dependentChildren?: number
  /** The benefit is the household's only income. */
  benefitIsOnlyIncome?: boolean
  /** The household's other income per month, DKK, before tax. */
  otherMonthlyIncomeDkk?: number
  /** Health problems in the household that weigh on the need for the benefit. */
  healthIssues?: boolean
}

/**
 * One move reason. `effect` is known when the grounds come from a stored, assessed application; without
 * it the ground type's strongest possible effect is assumed (P-REASON).
 */
export interface ReasonGround {
  type: GroundType
  effect?: GroundEffect
}

export interface EvasionFacts {
  stoppedParticipatingBeforeMove?: boolean
  /** Offers (tilbud) refused before the move: a count. */
  refusedOffersBeforeMove?: number
  statedIntentToContinueProgramme?: boolean
}

export interface BenefitReductionInput {
  household?: HouseholdFacts
  reason?: { grounds: readonly ReasonGround[] }
  evasion?: EvasionFacts
  /** The reduction the municipality proposes, integer percent 0–100 (100 = the benefit stops). */
  proposedReductionPercent: number
}

export interface CriterionAssessment {
  criterion: ProportionalityCriterion
  ruleId: string
  /**
   * `score` is an ordinal level of the criterion's strength (need 0–3, reason 0–2, evasion 0–2; higher =
   * more need / weightier reason / stronger evidence of evasion); `label` names the level.
   */
  value: { score: number; label: CriterionLabel }
  /**
   * Signed percentage points this criterion adds to the maximum proportionate reduction (evasion > 0 sets
   * how far a reduction may go; need and reason ≤ 0 pull it down). With missing facts: the known facts only.
   */
  contribution: number
  explanation: string
  /** JSON pointers into the request body of the facts that are missing. */
  missing: string[]
}

export interface BenefitReductionAssessment {
  verdict: ProportionalityVerdict
  /** Null when information is insufficient. */
  maxProportionateReductionPercent: ReductionStep | null
  proposedReductionPercent: number
  /** P-EVASION's definition of established evasion; null when evasion facts are missing. */
  evasionEstablished: boolean | null
  /** Always the three criteria, in the order need, reason, evasion. */
  criteria: CriterionAssessment[]
  ruleIds: string[]
  legalSources: LegalSource[]
  /** The model's weights (all interpretation, rules.md: no official bands exist). */
  parameters: RuleParameter[]
  disclaimer: string
  explanation: string
  rulesVersion: string
}

/**
 * A criterion as the law finds it, before any language: its explanation is a title, the facts (rendered
 * joined by "; ") and the closing sentences (joined by a space), each a finding of a P-* rule.
 */
export interface CriterionFindings extends Omit<CriterionAssessment, 'explanation'> {
  explanation: { title: Finding; facts: Finding[]; closing: Finding[] }
}

/**
 * The assessment as the law finds it, language-neutral: `renderBenefitReduction` (render.ts) words it in
 * Danish or English at the edge.
 */
export interface BenefitReductionFindings
  extends Omit<BenefitReductionAssessment, 'criteria' | 'explanation' | 'disclaimer'> {
  criteria: CriterionFindings[]
  /** Sentences, rendered joined by a space. */
  explanation: Finding[]
  disclaimer: Finding
}
