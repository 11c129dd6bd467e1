/** Inputs and answer of the danskbonus assessment (api.md "Wave 2" → Danskbonus; rules.md § 7). */

import type { IsoDate } from '../dates.ts'
import type { LegalSource } from '../rule-definition.ts'
import type { Finding, MessageValues } from '../rule-module.ts'
import type { ApplicantCategory } from '../vocabulary.ts'

export const BENEFITS = [
  'none',
  'self_support_and_repatriation',
  'transition',
  'cash_assistance',
  'other_active_social_policy',
] as const
export type Benefit = (typeof BENEFITS)[number]

/** Benefits that put the person on aktivloven's bonus instead of the IL § 22 lump sum (B-PATH). */
export const ACTIVE_SOCIAL_POLICY_BONUS_BENEFITS: readonly Benefit[] = [
  'self_support_and_repatriation',
  'transition',
]

export const DANISH_TEST_KINDS = ['pd2', 'fvu_reading_2', 'pd3', 'higher'] as const
export type DanishTestKind = (typeof DANISH_TEST_KINDS)[number]

export const BONUS_KINDS = ['integration_act_lump_sum', 'active_social_policy_bonus'] as const
export type BonusKind = (typeof BONUS_KINDS)[number]

export const CONDITION_RESULTS = ['met', 'not_met', 'unknown', 'not_applicable'] as const
export type ConditionResult = (typeof CONDITION_RESULTS)[number]

export const BONUS_OUTCOMES = ['eligible', 'not_eligible', 'needs_information'] as const
export type BonusOutcome = (typeof BONUS_OUTCOMES)[number]

/** Which wording of § 22, stk. 1 governs the application (B-PROGRAMME). */
export const WORDINGS = ['former', 'current', 'unknown'] as const
export type Wording = (typeof WORDINGS)[number]

/** Every fact is optional: a missing one makes its condition `unknown`, never an error. */
export interface DanishBonusFacts {
  applicationDate?: IsoDate
  category?: ApplicantCategory
  benefit?: Benefit
  danishTests?: { kind?: DanishTestKind; passedDate?: IsoDate }[]
  earlierDanishBonusOrSupplement?: boolean
  programmeOffered?: boolean
  earlierDecision?: {
    date?: IsoDate
    outcome?: 'approved' | 'refused'
    restedOnProgrammeParticipation?: boolean
  }
}

export interface ConditionAnswer {
  ruleId: string
  result: ConditionResult
  explanation: string
  legalSources: LegalSource[]
  /** JSON pointers of the facts whose absence made the result `unknown`. */
  missing: string[]
}

export interface DanishBonusAssessment {
  outcome: BonusOutcome
  bonus: BonusKind
  bonusRule: { ruleId: 'B-PATH'; explanation: string; legalSources: LegalSource[] }
  wording: Wording
  conditions: ConditionAnswer[]
  reopeningRequired: boolean
  reopening?: { ruleId: 'B-PRACTICE-2021'; explanation: string; legalSources: LegalSource[] }
  asOf: IsoDate
  rulesVersion: string
}

/** A condition as the law finds it, before any language: its explanation is a finding of its B-* rule. */
export interface Condition extends Omit<ConditionAnswer, 'explanation'> {
  explanation: Finding
}

/**
 * The assessment as the law finds it, language-neutral (dates in the values are ISO dates):
 * `renderDanishBonus` (render.ts) words it in Danish or English at the edge.
 */
export interface DanishBonusFindings
  extends Omit<DanishBonusAssessment, 'conditions' | 'bonusRule' | 'reopening'> {
  bonusRule: { ruleId: 'B-PATH'; explanation: Finding; legalSources: LegalSource[] }
  conditions: Condition[]
  reopening?: { ruleId: 'B-PRACTICE-2021'; explanation: Finding; legalSources: LegalSource[] }
}

/** Builds the conditions of one rule: its id and sources once, then result, message code, values, missing. */
export function conditionsOf<Code extends string>(ruleId: string, legalSources: LegalSource[]) {
  return (
    result: ConditionResult,
    code: Code,
    values?: MessageValues,
    missing: string[] = [],
  ): Condition => ({
    ruleId,
    result,
    explanation: { ruleId, code, ...(values ? { values } : {}) },
    legalSources,
    missing,
  })
}
