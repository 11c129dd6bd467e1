/**
 * The OpenAPI examples, P-REASON's assumed effects and input errors of the proportionality assessment
 * (rules.md § 4).
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  BENEFIT_REDUCTION_EXAMPLES,
  STRONGEST_POSSIBLE_EFFECT,
} from '../../../src/law/proportionality/index.ts'
import { LawInputError } from '../../../src/law/rules.ts'
import { RULES_MD_STRONGEST } from './arbitraries.ts'
import { NO_EVASION, PARTNER_WITHOUT_CHILD, types } from './support.ts'

describe('the OpenAPI examples (src/law/proportionality/examples.ts)', () => {
  it.each([
    ['singleAdultStoppedBeforeMove', types('larger_city'), 75, 'proportionate'],
    ['familyWithChildrenMovingToPartner', PARTNER_WITHOUT_CHILD, 0, 'disproportionate'],
    ['largerCityNoEvasion', types('larger_city', 'family_or_friends'), 25, 'disproportionate'],
  ] as const)('%s → maximum %i %%, proposal %s', (key, grounds, max, verdict) => {
    const { household, evasion, proposedReductionPercent } = BENEFIT_REDUCTION_EXAMPLES[key]
    const result = assessBenefitReduction(
      { household, evasion, reason: { grounds }, proposedReductionPercent },
      { language: 'da' },
    )
    expect(result.maxProportionateReductionPercent).toBe(max)
    expect(result.verdict).toBe(verdict)
  })
})

describe('P-REASON without assessed effects', () => {
  it("assumes each ground type's strongest possible effect from rules.md § 2", () => {
    expect(STRONGEST_POSSIBLE_EFFECT).toEqual(RULES_MD_STRONGEST)
  })
})

describe('input errors', () => {
  const base = { reason: { grounds: types('larger_city') }, evasion: NO_EVASION, proposedReductionPercent: 0 }

  it.each([
    [{ benefitIsOnlyIncome: true, otherMonthlyIncomeDkk: 4000 }, 422],
    [{ benefitIsOnlyIncome: false, otherMonthlyIncomeDkk: 0 }, 422],
    [{ otherMonthlyIncomeDkk: -1 }, 400],
    [{ adults: 0 }, 400],
    [{ dependentChildren: 1.5 }, 400],
  ] as const)('household %o contradicts itself or is out of range → %i', (household, status) => {
    const call = () => assessBenefitReduction({ ...base, household }, { language: 'da' })
    expect(call).toThrow(LawInputError)
    expect(call).toThrow(expect.objectContaining({ status }))
  })

  it('rejects a proposed reduction outside 0–100 and a fractional count of refused offers (400)', () => {
    expect(() =>
      assessBenefitReduction({ ...base, proposedReductionPercent: 101 }, { language: 'da' }),
    ).toThrow(expect.objectContaining({ status: 400, pointer: '/proposedReductionPercent' }))
    expect(() =>
      assessBenefitReduction({ ...base, evasion: { refusedOffersBeforeMove: 0.5 } }, { language: 'da' }),
    ).toThrow(expect.objectContaining({ status: 400, pointer: '/evasion/refusedOffersBeforeMove' }))
  })

  it('rejects weights that break the orders the properties rely on', () => {
    expect(() => assessBenefitReduction(base, { language: 'da', weights: { needHealthIssues: -5 } })).toThrow(
      RangeError,
    )
    expect(() =>
      assessBenefitReduction(base, {
        language: 'da',
        weights: { reasonSupports: 150, reasonObligates: 100 },
      }),
    ).toThrow(RangeError)
  })
})
