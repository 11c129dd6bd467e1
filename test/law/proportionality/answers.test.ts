/**
 * Properties of every answer (rules.md § 4, api.md): missing facts give insufficient_information, all
 * three criteria are listed with numbers and words, the maximum is the transparent sum of the
 * contributions, and the answer matches the response schema.
 */
import fc from 'fast-check'
import { Compile } from 'typebox/compile'
import { describe, expect, it } from 'vitest'
import {
  type BenefitReductionInput,
  REDUCTION_STEPS,
  toReductionStep,
} from '../../../src/law/proportionality/index.ts'
import { points } from '../../../src/law/proportionality/points.ts'
import { RULES_VERSION } from '../../../src/law/rule-definition.ts'
import {
  BenefitReductionAssessmentResponse,
  type BenefitReductionAssessmentResponseBody,
} from '../../../src/proportionality/schemas.ts'
import { completeInput, language, partialInput } from './arbitraries.ts'
import { assess, defaultOrRandomWeights, maxOf, RUNS } from './support.ts'

/** Removes one required fact from a copy and names the pointer that must then be reported missing. */
function edit(
  change: (input: BenefitReductionInput) => void,
): (input: BenefitReductionInput) => BenefitReductionInput {
  return (input) => {
    const copy = structuredClone(input)
    change(copy)
    return copy
  }
}

const removals: [string, (input: BenefitReductionInput) => BenefitReductionInput][] = [
  ['/household/adults', edit((i) => delete i.household?.adults)],
  ['/household/adults', edit((i) => delete i.household)],
  ['/household/dependentChildren', edit((i) => delete i.household?.dependentChildren)],
  ['/household/healthIssues', edit((i) => delete i.household?.healthIssues)],
  [
    '/household/benefitIsOnlyIncome',
    edit((i) => {
      delete i.household?.benefitIsOnlyIncome
      delete i.household?.otherMonthlyIncomeDkk
    }),
  ],
  [
    '/household/otherMonthlyIncomeDkk',
    edit((i) => {
      delete i.household?.otherMonthlyIncomeDkk
      i.household = { ...i.household, benefitIsOnlyIncome: false }
    }),
  ],
  ['/groundTypes', edit((i) => delete i.reason)],
  ['/groundTypes', edit((i) => (i.reason = { grounds: [] }))],
  ['/evasion/stoppedParticipatingBeforeMove', edit((i) => delete i.evasion)],
  ['/evasion/stoppedParticipatingBeforeMove', edit((i) => delete i.evasion?.stoppedParticipatingBeforeMove)],
  ['/evasion/refusedOffersBeforeMove', edit((i) => delete i.evasion?.refusedOffersBeforeMove)],
  [
    '/evasion/statedIntentToContinueProgramme',
    edit((i) => delete i.evasion?.statedIntentToContinueProgramme),
  ],
]

describe('insufficient information (rules.md § 4)', () => {
  it('a missing fact on any criterion gives insufficient_information with its pointer, never a verdict', () => {
    fc.assert(
      fc.property(completeInput, fc.constantFrom(...removals), language, (input, [pointer, remove], lang) => {
        const result = assess(remove(input), undefined, lang)
        expect(result.verdict).toBe('insufficient_information')
        expect(result.maxProportionateReductionPercent).toBeNull()
        expect(result.criteria.flatMap((c) => c.missing)).toContain(pointer)
      }),
      RUNS,
    )
  })

  it('complete facts always give a verdict', () => {
    fc.assert(
      fc.property(completeInput, defaultOrRandomWeights, (input, w) => {
        const result = assess(input, w)
        expect(result.verdict).not.toBe('insufficient_information')
        expect(result.criteria.every((c) => c.missing.length === 0)).toBe(true)
      }),
    )
  })
})

const validResponse = Compile(BenefitReductionAssessmentResponse)

describe('every answer (rules.md § 4, api.md)', () => {
  it('lists need, reason and evasion, each with a number and words', () => {
    fc.assert(
      fc.property(partialInput, language, defaultOrRandomWeights, (input, lang, w) => {
        const result = assess(input, w, lang)
        expect(result.criteria.map((c) => c.criterion)).toEqual(['need', 'reason', 'evasion'])
        for (const c of result.criteria) {
          expect(Number.isFinite(c.contribution)).toBe(true)
          expect(Number.isInteger(c.value.score)).toBe(true)
          expect(c.value.label.length).toBeGreaterThan(0)
          // The words state the number: the explanation contains the signed contribution.
          expect(c.explanation).toContain(
            `${points(c.contribution)} ${lang === 'da' ? 'procentpoint' : 'percentage points'}`,
          )
          expect(c.explanation).toContain(c.ruleId)
        }
      }),
      RUNS,
    )
  })

  it('need and reason only pull the maximum down, evasion only sets how far it may go', () => {
    fc.assert(
      fc.property(partialInput, defaultOrRandomWeights, (input, w) => {
        const [need, reason, evasionCriterion] = assess(input, w).criteria
        expect(need!.contribution).toBeLessThanOrEqual(0)
        expect(reason!.contribution).toBeLessThanOrEqual(0)
        expect(evasionCriterion!.contribution).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  it('is the sum of the contributions rounded down to a step of 25, at most 75 under P-TOTAL-STOP', () => {
    fc.assert(
      fc.property(completeInput, defaultOrRandomWeights, (input, w) => {
        const result = assess(input, w)
        const sum = result.criteria.reduce((total, c) => total + c.contribution, 0)
        const capped = result.ruleIds.includes('P-TOTAL-STOP') && result.evasionEstablished !== true
        const expected = capped ? Math.min(75, toReductionStep(sum)) : toReductionStep(sum)
        expect(result.maxProportionateReductionPercent).toBe(expected)
        expect(REDUCTION_STEPS).toContain(result.maxProportionateReductionPercent)
      }),
      RUNS,
    )
  })

  it('is proportionate exactly when the proposed reduction is at most the maximum', () => {
    fc.assert(
      fc.property(completeInput, (input) => {
        const result = assess(input)
        const within = input.proposedReductionPercent <= maxOf(result)
        expect(result.verdict).toBe(within ? 'proportionate' : 'disproportionate')
      }),
    )
  })

  it('matches the response schema and carries the disclaimer, sources and rules version', () => {
    fc.assert(
      fc.property(partialInput, language, (input, lang) => {
        const result = assess(input, undefined, lang)
        const body: BenefitReductionAssessmentResponseBody = result
        expect(validResponse.Check(body)).toBe(true)
        expect(result.disclaimer).toMatch(lang === 'da' ? /ikke en afgørelse/ : /not a decision/)
        expect(result.disclaimer).toMatch(
          lang === 'da' ? /ingen officielle procentsatser/ : /No official percentage bands/,
        )
        expect(result.legalSources.map((s) => s.citation).join(' ')).toMatch(
          /§ 32.*4\. tillægsprotokol.*artikel 12/,
        )
        expect(result.rulesVersion).toBe(RULES_VERSION)
        expect(result.parameters.every((p) => p.interpretation)).toBe(true)
      }),
    )
  })
})
