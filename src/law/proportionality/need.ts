/**
 * P-NEED: the household's need for the benefit (seed 004, first criterion). Only subtracts from the
 * maximum, and every fact moves it one way: more children, more adults (lower income per person), less
 * other income, the benefit as only income, health issues — never a higher maximum.
 */
import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import type { Language } from '../rule-definition.ts'
import { dkk, fact, missingSentence, points, say } from './text.ts'
import type { CriterionAssessment, HouseholdFacts, NeedLabel } from './types.ts'
import type { ProportionalityWeights } from './weights.ts'

export interface NeedResult {
  criterion: CriterionAssessment
  /** P-TOTAL-STOP applies to the household (children or the benefit as only income); null if unknown. */
  protectedHousehold: boolean | null
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
  if (h.benefitIsOnlyIncome === true && other !== undefined && other > 0) {
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
  if (h.benefitIsOnlyIncome === true) return { onlyIncome: true, other: 0 }
  if (other !== undefined) return { onlyIncome: other === 0, other }
  return { onlyIncome: h.benefitIsOnlyIncome }
}

function level(deducted: number): { score: number; label: NeedLabel } {
  if (deducted <= 0) return { score: 0, label: 'low' }
  if (deducted <= 25) return { score: 1, label: 'moderate' }
  if (deducted <= 50) return { score: 2, label: 'high' }
  return { score: 3, label: 'very_high' }
}

export function assessNeed(
  household: HouseholdFacts | undefined,
  weights: ProportionalityWeights,
  language: Language,
): NeedResult {
  const h = household ?? {}
  checkCount(h.adults, 1, '/household/adults')
  checkCount(h.dependentChildren, 0, '/household/dependentChildren')
  const { onlyIncome, other } = resolveIncome(h)

  const missing: string[] = []
  const parts: string[] = []
  let deducted = 0

  if (h.adults === undefined) missing.push('/household/adults')
  else {
    const plural = h.adults !== 1
    parts.push(
      say(language, `${h.adults} ${plural ? 'voksne' : 'voksen'}`, `${h.adults} adult${plural ? 's' : ''}`),
    )
  }

  if (onlyIncome === true) {
    deducted += weights.needBenefitIsOnlyIncome
    const text = ['ydelsen er eneste indkomst', 'the benefit is the only income'] as const
    parts.push(fact(language, ...text, -weights.needBenefitIsOnlyIncome))
  } else if (onlyIncome === false && other !== undefined) {
    // Per household member, so that a larger household with the same income counts as more need.
    // Unknown members count as 1 adult and 0 children: an upper bound on income per person.
    const members = (h.adults ?? 1) + (h.dependentChildren ?? 0)
    const perPerson = Math.round(other / members)
    const low = perPerson < weights.lowOtherIncomePerPersonDkk
    if (low) deducted += weights.needLowOtherIncome
    const amount = dkk(perPerson, language)
    const threshold = dkk(weights.lowOtherIncomePerPersonDkk, language)
    parts.push(
      fact(
        language,
        `anden indkomst ${amount} pr. person om måneden, ${low ? 'under' : 'mindst'} ${threshold}`,
        `other income ${amount} per person a month, ${low ? 'below' : 'at least'} ${threshold}`,
        low ? -weights.needLowOtherIncome : 0,
      ),
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
    const plural = children !== 1
    parts.push(
      fact(
        language,
        `${children} ${plural ? 'børn' : 'barn'} at forsørge`,
        `${children} dependent ${plural ? 'children' : 'child'}`,
        -weights.needDependentChildren,
      ),
    )
  } else parts.push(fact(language, 'ingen børn at forsørge', 'no dependent children', 0))

  if (h.healthIssues === undefined) missing.push('/household/healthIssues')
  else if (h.healthIssues) {
    deducted += weights.needHealthIssues
    parts.push(fact(language, 'helbredsproblemer', 'health issues', -weights.needHealthIssues))
  } else parts.push(fact(language, 'ingen helbredsproblemer', 'no health issues', 0))

  const complete = missing.length === 0
  const { score, label } = level(deducted)
  const contribution = deducted === 0 ? 0 : -deducted
  const summary = say(language, 'Behov (P-NEED)', 'Need (P-NEED)')
  const facts = parts.length > 0 ? `: ${parts.join('; ')}` : ''
  const total = say(
    language,
    `I alt ${points(contribution)} procentpoint.`,
    `Total ${points(contribution)} percentage points.`,
  )
  const protectedHousehold =
    (h.dependentChildren ?? 0) > 0 || onlyIncome === true
      ? true
      : h.dependentChildren === undefined || onlyIncome === undefined
        ? null
        : false
  return {
    criterion: {
      criterion: 'need',
      ruleId: 'P-NEED',
      value: complete ? { score, label } : { score, label: 'incomplete' },
      contribution,
      explanation: `${summary}${facts}. ${total}${complete ? '' : ` ${missingSentence(missing, language)}`}`,
      missing,
    },
    protectedHousehold,
  }
}
