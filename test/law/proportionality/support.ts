/** Shared helpers and fixtures of the proportionality tests (rules.md § 4). */
import fc from 'fast-check'
import { expect } from 'vitest'
import {
  assessBenefitReduction,
  type BenefitReductionAssessment,
  type BenefitReductionInput,
  type EvasionFacts,
  groundsFromTypes,
  type HouseholdFacts,
  PROPORTIONALITY_RULES,
  type ProportionalityWeights,
  type ReasonGround,
} from '../../../src/law/proportionality/index.ts'
import { weights } from './arbitraries.ts'

export const RUNS = { numRuns: 300 }
export const defaultOrRandomWeights = fc.option(weights, { nil: undefined })

export function assess(input: BenefitReductionInput, w?: ProportionalityWeights, lang: 'da' | 'en' = 'da') {
  return assessBenefitReduction(input, w ? { language: lang, weights: w } : { language: lang })
}

export function maxOf(result: BenefitReductionAssessment): number {
  expect(result.maxProportionateReductionPercent).not.toBeNull()
  return result.maxProportionateReductionPercent!
}

export const SINGLE_ONLY_INCOME: HouseholdFacts = {
  adults: 1,
  dependentChildren: 0,
  benefitIsOnlyIncome: true,
  healthIssues: false,
}
export const FAMILY_TWO_CHILDREN: HouseholdFacts = { ...SINGLE_ONLY_INCOME, dependentChildren: 2 }
export const NO_EVASION: EvasionFacts = {
  stoppedParticipatingBeforeMove: false,
  refusedOffersBeforeMove: 0,
  statedIntentToContinueProgramme: true,
}
/** Established evasion (P-EVASION) with the given number of refused offers (≥ 1). */
export const evaded = (refusedOffersBeforeMove: number): EvasionFacts => ({
  stoppedParticipatingBeforeMove: true,
  refusedOffersBeforeMove,
  statedIntentToContinueProgramme: false,
})
export const types = (...t: ReasonGround['type'][]) => groundsFromTypes(t).grounds
/** T-PARTNER: a partner without a common child, as a stored application's assessed ground. */
export const PARTNER_WITHOUT_CHILD: ReasonGround[] = [{ type: 'partner', effect: 'insufficient' }]

/**
 * The weights a P-* rule uses are its parameters, with their default values, each an interpretation
 * described under the rule's id: `expected` is [name, value] in the rule's order.
 */
export function expectWeightParameters(ruleId: string, expected: readonly [string, number][]): void {
  const rule = PROPORTIONALITY_RULES.find((r) => r.id === ruleId)!
  expect(rule.parameters?.map((p) => [p.name, p.value, p.interpretation])).toEqual(
    expected.map(([name, value]) => [name, value, true]),
  )
  for (const p of rule.parameters ?? []) expect(p.description).toMatch(new RegExp(`^${ruleId}: `))
}
