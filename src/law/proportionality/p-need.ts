/**
 * P-NEED: the household's need for the benefit (seed 004, first criterion). Only subtracts from the
 * maximum, and every fact moves it one way: more children, more adults (lower income per person), less
 * other income, the benefit as only income, health issues — never a higher maximum.
 */
import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import { points } from './points.ts'
import { PROPORTIONALITY_SOURCES } from './sources.ts'
import type { CriterionFindings, HouseholdFacts, NeedLabel } from './types.ts'
import { DEFAULT_PROPORTIONALITY_WEIGHTS, type ProportionalityWeights, weightParameters } from './weights.ts'

export interface NeedResult {
  criterion: CriterionFindings
  /**
   * P-TOTAL-STOP applies to the household (children or the benefit as only income), from the known facts;
   * assess.ts weighs it only when no fact is missing.
   */
  protectedHousehold: boolean
}

function checkCount(value: number | undefined, min: number, pointer: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) {
    throw new InvalidInput(pointer, `must be an integer ≥ ${min}`)
  }
}

/**
 * `benefitIsOnlyIncome` and `otherMonthlyIncomeDkk` describe one fact; either suffices (0 DKK of other
 * income means the benefit is the only income). Both given and contradicting each other: 422.
 */
function resolveIncome(h: HouseholdFacts): { onlyIncome?: boolean; other?: number } {
  const other = h.otherMonthlyIncomeDkk
  if (other !== undefined && (!Number.isFinite(other) || other < 0)) {
    throw new InvalidInput('/household/otherMonthlyIncomeDkk', 'must be a number ≥ 0')
  }
  if (h.benefitIsOnlyIncome === true && (other ?? 0) > 0) {
    throw new ContradictoryInput(
      '/household/otherMonthlyIncomeDkk',
      'other income while the benefit is the only income',
    )
  }
  if (h.benefitIsOnlyIncome === false && other === 0) {
    throw new ContradictoryInput(
      '/household/otherMonthlyIncomeDkk',
      'no other income while the benefit is not the only income',
    )
  }
  if (other !== undefined) return { onlyIncome: other === 0, other }
  return { onlyIncome: h.benefitIsOnlyIncome }
}

function level(deducted: number): { score: number; label: NeedLabel } {
  if (deducted <= 0) return { score: 0, label: 'low' }
  if (deducted <= 25) return { score: 1, label: 'moderate' }
  if (deducted <= 50) return { score: 2, label: 'high' }
  return { score: 3, label: 'very_high' }
}

const AMOUNT = '{amount, number, ::precision-integer}'
const THRESHOLD = '{threshold, number, ::precision-integer}'

const MESSAGES = {
  title: { da: 'Behov (P-NEED)', en: 'Need (P-NEED)' },
  adults: {
    da: '{adults} {adults, plural, =1 {voksen} other {voksne}}',
    en: '{adults} adult{adults, plural, =1 {} other {s}}',
  },
  'only-income': {
    da: 'ydelsen er eneste indkomst ({points})',
    en: 'the benefit is the only income ({points})',
  },
  'other-income': {
    da: `anden indkomst ${AMOUNT} kr. pr. person om måneden, {low, select, true {under} other {mindst}} ${THRESHOLD} kr. ({points})`,
    en: `other income ${AMOUNT} DKK per person a month, {low, select, true {below} other {at least}} ${THRESHOLD} DKK ({points})`,
  },
  children: {
    da: '{children} {children, plural, =1 {barn} other {børn}} at forsørge ({points})',
    en: '{children} dependent {children, plural, =1 {child} other {children}} ({points})',
  },
  'no-children': { da: 'ingen børn at forsørge ({points})', en: 'no dependent children ({points})' },
  'health-issues': { da: 'helbredsproblemer ({points})', en: 'health issues ({points})' },
  'no-health-issues': { da: 'ingen helbredsproblemer ({points})', en: 'no health issues ({points})' },
  total: { da: 'I alt {points} procentpoint.', en: 'Total {points} percentage points.' },
} as const satisfies Record<string, Message>

const finding = (code: keyof typeof MESSAGES, values?: Finding['values']): Finding => ({
  ruleId: 'P-NEED',
  code,
  ...(values ? { values } : {}),
})

export function assessNeed(
  household: HouseholdFacts | undefined,
  weights: ProportionalityWeights,
): NeedResult {
  const h = household ?? {}
  checkCount(h.adults, 1, '/household/adults')
  checkCount(h.dependentChildren, 0, '/household/dependentChildren')
  const { onlyIncome, other } = resolveIncome(h)

  const missing: string[] = []
  const facts: Finding[] = []
  let deducted = 0

  if (h.adults === undefined) missing.push('/household/adults')
  else facts.push(finding('adults', { adults: h.adults }))

  if (onlyIncome === true) {
    deducted += weights.needBenefitIsOnlyIncome
    facts.push(finding('only-income', { points: points(-weights.needBenefitIsOnlyIncome) }))
  } else if (other !== undefined) {
    // Per household member, so that a larger household with the same income counts as more need.
    // Unknown members count as 1 adult and 0 children: an upper bound on income per person.
    const members = (h.adults ?? 1) + (h.dependentChildren ?? 0)
    const perPerson = Math.round(other / members)
    const low = perPerson < weights.lowOtherIncomePerPersonDkk
    if (low) deducted += weights.needLowOtherIncome
    facts.push(
      finding('other-income', {
        amount: perPerson,
        low,
        threshold: weights.lowOtherIncomePerPersonDkk,
        points: points(low ? -weights.needLowOtherIncome : 0),
      }),
    )
  } else if (onlyIncome === false) {
    missing.push('/household/otherMonthlyIncomeDkk')
  } else {
    missing.push('/household/benefitIsOnlyIncome')
  }

  const children = h.dependentChildren
  if (children === undefined) missing.push('/household/dependentChildren')
  else if (children > 0) {
    deducted += weights.needDependentChildren
    facts.push(finding('children', { children, points: points(-weights.needDependentChildren) }))
  } else facts.push(finding('no-children', { points: points(0) }))

  if (h.healthIssues === undefined) missing.push('/household/healthIssues')
  else if (h.healthIssues) {
    deducted += weights.needHealthIssues
    facts.push(finding('health-issues', { points: points(-weights.needHealthIssues) }))
  } else facts.push(finding('no-health-issues', { points: points(0) }))

  const complete = missing.length === 0
  const { score, label } = level(deducted)
  const contribution = deducted === 0 ? 0 : -deducted
  const closing = [finding('total', { points: points(contribution) })]
  if (!complete) closing.push({ ruleId: 'P-MAX', code: 'missing', values: { missing: missing.join(', ') } })
  const protectedHousehold = (h.dependentChildren ?? 0) > 0 || onlyIncome === true
  return {
    criterion: {
      criterion: 'need',
      ruleId: 'P-NEED',
      value: complete ? { score, label } : { score, label: 'incomplete' },
      contribution,
      explanation: { title: finding('title'), facts, closing },
      missing,
    },
    protectedHousehold,
  }
}

export const P_NEED = defineRule({
  definition: {
    id: 'P-NEED',
    title: { da: 'Behov for ydelsen', en: 'Need for the benefit' },
    decides: {
      da: 'Hvor meget husstandens behov (eneste indkomst, anden indkomst pr. person, børn, helbred) trækker den højeste forholdsmæssige nedsættelse ned. Mere behov hæver aldrig maksimum.',
      en: "How far the household's need (only income, other income per person, children, health) pulls the maximum proportionate reduction down. More need never raises the maximum.",
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(DEFAULT_PROPORTIONALITY_WEIGHTS, [
      'needBenefitIsOnlyIncome',
      'needLowOtherIncome',
      'lowOtherIncomePerPersonDkk',
      'needDependentChildren',
      'needHealthIssues',
    ]),
  },
  evaluate: assessNeed,
  messages: MESSAGES,
})
